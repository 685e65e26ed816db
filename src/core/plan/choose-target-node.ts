// Where a group goes: its targetNode, else a one-cloud node of its region that can take it (for a county,
// then one of its city), else one at provincial level; a node being onboarded only from its onboarding wave, a DR site never. Among several that fit, the one with the most free vCPU (then id), which
// spreads load and keeps the choice independent of input order.
import type {NodeRecord} from '../inventory/model.js'
import type {MoveGroup, NodeChoice, Resources, Unplacement} from './model.js'
import type {NodePool} from './build-node-pool.js'

export function fits(free: Resources | null | undefined, need: Resources): boolean {
  if (free === null) return true
  if (free === undefined) return false
  return need.vcpu <= free.vcpu && need.memoryGiB <= free.memoryGiB && need.storageTiB <= free.storageTiB
}

export function isEligible(n: NodeRecord, g: MoveGroup): boolean {
  if (n.classified) return false
  if ((n.mlpsCertified ?? 0) < g.mlps) return false
  return n.platform !== 'xinchuang' || g.xinchuangReady
}

function freeVcpu(f: Resources | null | undefined): number {
  return f === null ? Number.POSITIVE_INFINITY : (f?.vcpu ?? Number.NEGATIVE_INFINITY)
}

const availableAt = (pool: NodePool, id: string, wave: number): boolean => (pool.availableFrom.get(id) ?? 1) <= wave

/** The fitting eligible node with the most free vCPU, then the smallest id; undefined when none fits. */
function bestFit(pool: NodePool, nodes: NodeRecord[], need: Resources, eligible: (n: NodeRecord) => boolean): NodeRecord | undefined {
  let best: NodeRecord | undefined
  let bestFree = Number.NEGATIVE_INFINITY
  for (const n of nodes) {
    if (!eligible(n)) continue
    const f = pool.free.get(n.id)
    if (!fits(f, need)) continue
    const v = freeVcpu(f)
    if (best === undefined || v > bestFree || (v === bestFree && n.id < best.id)) {
      best = n
      bestFree = v
    }
  }
  return best
}

function failure(g: MoveGroup, reason: Unplacement['reason'], nodes: string[]): {ok: false; unplacement: Unplacement} {
  return {ok: false, unplacement: {reason, nodes, need: g.demand, mlps: g.mlps, region: g.region}}
}

/**
 * The node for `g` in `wave`; with `wave` infinite, every node the plan ever has counts (whether the group
 * can ever be placed: free capacity only shrinks, so a group that fits nowhere then never fits).
 */
export function chooseTargetNode(pool: NodePool, g: MoveGroup, wave: number): {ok: true; choice: NodeChoice} | {ok: false; unplacement: Unplacement} {
  const need = g.demand
  if (g.targetNode !== undefined) {
    const n = pool.node.get(g.targetNode)
    if (!n || n.classified) return failure(g, 'target-classified', [g.targetNode])
    if (n.role === 'dr') return failure(g, 'target-dr', [n.id])
    if ((n.mlpsCertified ?? 0) < g.mlps) return failure(g, 'target-mlps', [n.id])
    if (n.platform === 'xinchuang' && !g.xinchuangReady) return failure(g, 'target-xinchuang', [n.id])
    if (!fits(pool.free.get(n.id), need) || !availableAt(pool, n.id, wave)) return failure(g, 'target-capacity', [n.id])
    return {ok: true, choice: {node: n.id, via: 'target'}}
  }
  const province = `${g.region.slice(0, 2)}0000`
  // A county's group tries its county, then its city (a city cloud serves its counties), then the province.
  const city = `${g.region.slice(0, 4)}00`
  const tiers: Array<[NodeChoice['via'], string]> = g.region === province ? [['province', province]]
    : city === g.region || city === province ? [['region', g.region], ['province', province]]
    : [['region', g.region], ['region', city], ['province', province]]
  const considered: string[] = []
  for (const [via, region] of tiers) {
    const nodes = pool.byRegion.get(region)
    if (nodes === undefined) continue
    // The eligible nodes are listed only when none fits (most calls find one at the first tier).
    const best = bestFit(pool, nodes, need, n => isEligible(n, g) && availableAt(pool, n.id, wave))
    if (best) {
      const choice: NodeChoice = {node: best.id, via: g.region === province ? 'region' : via}
      if (choice.via === 'province') choice.full = [...considered]
      return {ok: true, choice}
    }
    const eligible = nodes.filter(n => isEligible(n, g) && availableAt(pool, n.id, wave))
    // The node with the most free vCPU first: it is the one a shortfall is charged to.
    eligible.sort((a, b) => freeVcpu(pool.free.get(b.id)) - freeVcpu(pool.free.get(a.id)) || (a.id < b.id ? -1 : 1))
    for (const n of eligible) considered.push(n.id)
  }
  return considered.length === 0 ? failure(g, 'no-eligible-node', []) : failure(g, 'no-capacity', considered)
}

export function claimCapacity(pool: NodePool, node: string, need: Resources): void {
  const f = pool.free.get(node)
  if (!f) return
  f.vcpu -= need.vcpu
  f.memoryGiB -= need.memoryGiB
  f.storageTiB -= need.storageTiB
}
