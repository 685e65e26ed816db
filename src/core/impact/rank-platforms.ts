// The shared platforms (systems that `provide` a role) ranked by how many systems depend on them,
// directly or through others: whose outage hurts most, and whom to move first. Counted on the compact
// dependency index, one breadth-first reach per platform with reusable stamp arrays, so a national
// inventory costs the sum of the platforms' reaches and no per-platform allocation.
import type {DependencyIndex} from '../graph/dependency-index.js'
import {type SystemState, systemState} from '../graph/system-state.js'
import type {Inventory} from '../inventory/model.js'
import {type OneCloudDefinition, isOnCloud} from '../inventory/scope.js'

export interface RankedPlatform {
  id: string
  name: string
  department: string
  /** The roles it provides, sorted. */
  roles: string[]
  /** The platform's own place: on the one cloud or not, and its state as `impact` reports it. */
  onCloud: boolean
  state: SystemState
  /** Systems that depend on it, directly or transitively, each counted once (as `impact ID` lists them, classified included). */
  dependents: number
  /** Of those, the ones that name it in their own `dependsOn`. */
  direct: number
  /** Of the dependents, those not on the one cloud. */
  offCloud: number
  /** Distinct departments among the dependents. */
  departments: number
  /** Classified systems among the dependents: counted above, never named. */
  classified: number
}

export interface PlatformRank {
  /** Most dependents first; ties by id. */
  rank: RankedPlatform[]
  /** Classified platforms left out (zero with --include-classified). */
  classified: {platforms: number}
}

export interface RankOptions {
  asOf: string
  oneCloud: OneCloudDefinition
  includeClassified: boolean
}

// Index positions are positions in `inv.systems` (both in id order).
export function rankPlatforms(inv: Inventory, index: DependencyIndex, o: RankOptions): PlatformRank {
  const n = index.ids.length
  const offCloud = new Uint8Array(n)
  const classified = new Uint8Array(n)
  const department = new Int32Array(n)
  const departmentOf = new Map<string, number>()
  for (let v = 0; v < n; v++) {
    const s = inv.systems[v]
    offCloud[v] = isOnCloud(inv, s, o.oneCloud) ? 0 : 1
    classified[v] = s.classified ? 1 : 0
    let d = departmentOf.get(s.department)
    if (d === undefined) departmentOf.set(s.department, (d = departmentOf.size))
    department[v] = d
  }
  // A vertex (or department) is counted for the current platform when its stamp equals the platform's.
  const seen = new Int32Array(n)
  const departmentSeen = new Int32Array(departmentOf.size)
  const queue = new Int32Array(n)

  const rank: RankedPlatform[] = []
  let hidden = 0
  let stamp = 0
  for (let p = 0; p < n; p++) {
    const s = inv.systems[p]
    if (s.provides.length === 0) continue
    if (s.classified && !o.includeClassified) {
      hidden++
      continue
    }
    stamp++
    seen[p] = stamp
    let head = 0
    let tail = 0
    queue[tail++] = p
    const counts = {dependents: 0, offCloud: 0, departments: 0, classified: 0}
    while (head < tail) {
      const v = queue[head++]
      for (let e = index.inStart[v]; e < index.inStart[v + 1]; e++) {
        const w = index.inTargets[e]
        if (seen[w] === stamp) continue
        seen[w] = stamp
        queue[tail++] = w
        counts.dependents++
        counts.offCloud += offCloud[w]
        counts.classified += classified[w]
        if (departmentSeen[department[w]] !== stamp) {
          departmentSeen[department[w]] = stamp
          counts.departments++
        }
      }
    }
    rank.push({
      id: s.id, name: s.name, department: s.department, roles: s.provides,
      onCloud: offCloud[p] === 0, state: systemState(inv, s, o),
      dependents: counts.dependents, direct: index.inStart[p + 1] - index.inStart[p],
      offCloud: counts.offCloud, departments: counts.departments, classified: counts.classified,
    })
  }
  rank.sort((a, b) => b.dependents - a.dependents || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {rank, classified: {platforms: hidden}}
}
