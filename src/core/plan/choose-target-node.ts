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

/** The fitting eligible node of a tier with the most free vCPU, then the smallest id; undefined when none fits. */
function bestFit(pool: NodePool, tier: Tier, g: MoveGroup, wave: number): NodeRecord | undefined {
  const need = g.demand
  const {nodes, from} = tier
  let best: NodeRecord | undefined
  let bestFree = Number.NEGATIVE_INFINITY
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k]
    if (from[k] > wave || !isEligible(n, g)) continue
    const f = pool.freeOf.get(n)
    if (!fits(f, need)) continue
    const v = freeVcpu(f)
    if (best === undefined || v > bestFree || (v === bestFree && n.id < best.id)) {
      best = n
      bestFree = v
    }
  }
  return best
}

/** The eligible nodes of a tier, the one with the most free vCPU first: it is the one a shortfall is charged to. */
function eligibleByFree(pool: NodePool, tier: Tier, g: MoveGroup, wave: number, out: string[]): void {
  const eligible = tier.nodes.filter((n, k) => tier.from[k] <= wave && isEligible(n, g))
  eligible.sort((a, b) => freeVcpu(pool.freeOf.get(b)) - freeVcpu(pool.freeOf.get(a)) || (a.id < b.id ? -1 : 1))
  for (const n of eligible) out.push(n.id)
}

function failure(g: MoveGroup, reason: Unplacement['reason'], nodes: string[]): {ok: false; unplacement: Unplacement} {
  return {ok: false, unplacement: {reason, nodes, need: g.demand, mlps: g.mlps, region: g.region}}
}

export type Tier = NodePool['tiers'] extends Map<string, Array<infer T>> ? T : never

/** The tiers a group of `region` looks in, in order, with their nodes (the same for every group of the region). */
export function tiersOf(pool: NodePool, region: string): Tier[] {
  let tiers = pool.tiers.get(region)
  if (tiers !== undefined) return tiers
  const province = `${region.slice(0, 2)}0000`
  // A county's group tries its county, then its city (a city cloud serves its counties), then the province.
  const city = `${region.slice(0, 4)}00`
  const named: Array<[Tier['via'], string]> = region === province ? [['province', province]]
    : city === region || city === province ? [['region', region], ['province', province]]
    : [['region', region], ['region', city], ['province', province]]
  tiers = []
  for (const [via, r] of named) {
    const nodes = pool.byRegion.get(r)
    if (nodes !== undefined) tiers.push({via, nodes, from: Int32Array.from(nodes, n => pool.availableFrom.get(n.id) ?? 1)})
  }
  pool.tiers.set(region, tiers)
  return tiers
}

/** Why no node takes a group: what an Unplacement says beyond the group's own need, MLPS and region. */
export interface Refusal {
  reason: Unplacement['reason']
  nodes: string[]
}

/**
 * Why a group fitting nowhere fails, per pool: it depends only on its region, MLPS level, platform
 * readiness and the wave, until capacity is next claimed on that pool (then the memo is dropped). Groups
 * that no longer fit once the nodes are full fail in long runs, and share the answer (so it is not to be
 * changed by the caller).
 */
const failureMemo = new WeakMap<NodePool, Map<Tier[], Array<{mlps: number; xinchuangReady: boolean; wave: number; refusal: Refusal}>>>()

/**
 * The node for `g` in `wave`; with `wave` infinite, every node the plan ever has counts (whether the group
 * can ever be placed: free capacity only shrinks, so a group that fits nowhere then never fits).
 */
export function chooseTargetNode(pool: NodePool, g: MoveGroup, wave: number): {ok: true; choice: NodeChoice} | {ok: false; unplacement: Unplacement} {
  const c = chooseNode(pool, g, wave)
  return 'via' in c ? {ok: true, choice: c} : failure(g, c.reason, c.nodes.slice())
}

/**
 * chooseTargetNode for the scheduler's loop: the choice, or the reason shared with other groups refused
 * alike. `tiers`: tiersOf(pool, g.region), when the caller has it already.
 */
export function chooseNode(pool: NodePool, g: MoveGroup, wave: number, tiers: Tier[] = g.targetNode === undefined ? tiersOf(pool, g.region) : []): NodeChoice | Readonly<Refusal> {
  const need = g.demand
  if (g.targetNode !== undefined) {
    const n = pool.node.get(g.targetNode)
    if (!n || n.classified) return {reason: 'target-classified', nodes: [g.targetNode]}
    if (n.role === 'dr') return {reason: 'target-dr', nodes: [n.id]}
    if ((n.mlpsCertified ?? 0) < g.mlps) return {reason: 'target-mlps', nodes: [n.id]}
    if (n.platform === 'xinchuang' && !g.xinchuangReady) return {reason: 'target-xinchuang', nodes: [n.id]}
    if (!fits(pool.free.get(n.id), need) || !availableAt(pool, n.id, wave)) return {reason: 'target-capacity', nodes: [n.id]}
    return {node: n.id, via: 'target'}
  }
  const isProvince = g.region === `${g.region.slice(0, 2)}0000`
  for (let k = 0; k < tiers.length; k++) {
    const best = bestFit(pool, tiers[k], g, wave)
    if (best === undefined) continue
    const choice: NodeChoice = {node: best.id, via: isProvince ? 'region' : tiers[k].via}
    if (choice.via === 'province') {
      // The eligible nodes of the tiers before, none of which had room.
      const full: string[] = []
      for (let j = 0; j < k; j++) eligibleByFree(pool, tiers[j], g, wave, full)
      choice.full = full
    }
    return choice
  }
  let memo = failureMemo.get(pool)
  if (memo === undefined) {
    memo = new Map()
    failureMemo.set(pool, memo)
  }
  let known = memo.get(tiers)
  if (known === undefined) {
    known = []
    memo.set(tiers, known)
  }
  for (const k of known) if (k.mlps === g.mlps && k.xinchuangReady === g.xinchuangReady && k.wave === wave) return k.refusal
  const considered: string[] = []
  for (const tier of tiers) eligibleByFree(pool, tier, g, wave, considered)
  const refusal: Refusal = {reason: considered.length === 0 ? 'no-eligible-node' : 'no-capacity', nodes: considered}
  known.push({mlps: g.mlps, xinchuangReady: g.xinchuangReady, wave, refusal})
  return refusal
}

export function claimCapacity(pool: NodePool, node: string, need: Resources): void {
  failureMemo.delete(pool)
  const f = pool.free.get(node)
  if (!f) return
  f.vcpu -= need.vcpu
  f.memoryGiB -= need.memoryGiB
  f.storageTiB -= need.storageTiB
}
