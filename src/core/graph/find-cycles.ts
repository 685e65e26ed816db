// Dependency cycles: the strongly connected components of more than one system. Systems in one cycle
// cannot move apart, so each is a future move group.
import type {DependencyIndex} from './dependency-index.js'
import {stronglyConnectedComponents} from './strongly-connected-components.js'

/** Each cycle as sorted vertex numbers; cycles listed by their smallest vertex (deterministic). */
export function findCycles(index: DependencyIndex, include?: (v: number) => boolean): number[][] {
  const {components} = stronglyConnectedComponents({size: index.ids.length, start: index.outStart, targets: index.outTargets}, include)
  return components.filter(c => c.length > 1)
}
