// What any valid plan needs, whatever its order: each group over a per-wave limit
// takes a wave of its own; the rest need ⌈systems ÷ maxSystemsPerWave⌉ and ⌈vCPU ÷ maxVcpuPerWave⌉ waves;
// and the load released only from wave r on (pins, notBefore) cannot start before r. Dependencies never
// add to it, since a group may share a wave with what it depends on.
import type {LowerBound, MoveGroup, ResolvedPlanConfig} from './model.js'
import {isOversize} from './schedule-waves.js'

/** `release` is indexed by group index; `groups` may be a subset (the placed ones). */
export function computeLowerBound(groups: MoveGroup[], release: number[], config: ResolvedPlanConfig): Omit<LowerBound, 'planned' | 'heldBack'> {
  const order = groups.map((_, k) => k).sort((a, b) => release[groups[b].index] - release[groups[a].index])
  let oversize = 0
  let systems = 0
  let vcpu = 0
  let best = 0
  let byRelease = 0
  const cap = (r: number) => {
    const bySystems = Math.ceil(systems / config.maxSystemsPerWave)
    const byVcpu = config.maxVcpuPerWave === undefined ? 0 : Math.ceil(vcpu / config.maxVcpuPerWave - 1e-9)
    return r - 1 + oversize + Math.max(bySystems, byVcpu)
  }
  for (let k = 0; k < order.length; k++) {
    const g = groups[order[k]]
    if (isOversize(g, config)) oversize++
    else {
      systems += g.systems
      vcpu += g.demand.vcpu
    }
    const r = release[g.index]
    byRelease = Math.max(byRelease, r)
    if (k + 1 === order.length || release[groups[order[k + 1]].index] !== r) best = Math.max(best, cap(r))
  }
  return {
    waves: best,
    bySystems: Math.ceil(systems / config.maxSystemsPerWave),
    byVcpu: config.maxVcpuPerWave === undefined ? 0 : Math.ceil(vcpu / config.maxVcpuPerWave - 1e-9),
    oversize,
    byRelease,
  }
}
