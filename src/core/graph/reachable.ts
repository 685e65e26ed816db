// Breadth-first reach over the compact dependency index: every vertex reachable from a start, with its
// distance (fewest dependency steps), optionally only up to a depth.
import type {DependencyIndex} from './dependency-index.js'

export type Direction = 'dependencies' | 'dependents'

/** Distances from `start` (excluded) following out-edges (dependencies) or in-edges (dependents). */
export function reachable(index: DependencyIndex, start: number, direction: Direction, maxDepth = Number.POSITIVE_INFINITY): Map<number, number> {
  const [first, targets] = direction === 'dependencies' ? [index.outStart, index.outTargets] : [index.inStart, index.inTargets]
  const distance = new Map<number, number>([[start, 0]])
  let frontier = [start]
  for (let depth = 1; frontier.length > 0 && depth <= maxDepth; depth++) {
    const next: number[] = []
    for (const v of frontier) {
      for (let e = first[v]; e < first[v + 1]; e++) {
        const w = targets[e]
        if (distance.has(w)) continue
        distance.set(w, depth)
        next.push(w)
      }
    }
    frontier = next
  }
  distance.delete(start)
  return distance
}
