// What breaks if a system moves: everything that depends on it, transitively, and everything it needs,
// each with its department and whether it is on the one cloud, so a planner knows whom to talk to.
import type {DependencyIndex} from '../graph/dependency-index.js'
import {reachable} from '../graph/reachable.js'
import {type SystemState, systemState} from '../graph/system-state.js'
import type {Inventory} from '../inventory/model.js'
import {type OneCloudDefinition, isOnCloud} from '../inventory/scope.js'

export interface ImpactEntry {
  id: string
  name: string
  department: string
  onCloud: boolean
  state: SystemState
  /** Fewest dependency steps from the system asked about (1 = direct). */
  distance: number
}

export interface ImpactResult {
  id: string
  name: string
  department: string
  onCloud: boolean
  state: SystemState
  dependents: ImpactEntry[]
  dependencies: ImpactEntry[]
  /** Every department named above (the system's own included), sorted. */
  departments: string[]
  /** Classified systems reached but not named (zero with --include-classified). */
  classified: {dependents: number; dependencies: number}
}

export interface ImpactOptions {
  asOf: string
  oneCloud: OneCloudDefinition
  includeClassified: boolean
  /** A `--region` slice's systems: reached through the whole graph, only those in it are listed and counted. */
  slice?: ReadonlySet<string>
}

export function computeImpact(inv: Inventory, index: DependencyIndex, id: string, o: ImpactOptions): ImpactResult {
  const self = inv.system.get(id)!
  const start = index.indexOf.get(id)!
  const hidden = {dependents: 0, dependencies: 0}
  // Index positions are positions in `inv.systems`, which is sorted by id: position order is id order.
  const list = (direction: 'dependents' | 'dependencies'): ImpactEntry[] => {
    const reached = [...reachable(index, start, direction)].sort((a, b) => a[0] - b[0])
    const out: ImpactEntry[] = []
    for (const [v, distance] of reached) {
      const s = inv.systems[v]
      if (o.slice && !o.slice.has(s.id)) continue
      if (s.classified && !o.includeClassified) {
        hidden[direction]++
        continue
      }
      out.push({id: s.id, name: s.name, department: s.department, onCloud: isOnCloud(inv, s, o.oneCloud), state: systemState(inv, s, o), distance})
    }
    return out
  }
  const dependents = list('dependents')
  const dependencies = list('dependencies')
  const departments = [...new Set([self.department, ...dependents.map(e => e.department), ...dependencies.map(e => e.department)])].sort()
  return {
    id, name: self.name, department: self.department, onCloud: isOnCloud(inv, self, o.oneCloud), state: systemState(inv, self, o),
    dependents, dependencies, departments, classified: hidden,
  }
}
