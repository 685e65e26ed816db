import {describe, expect, it} from 'vitest'
import {buildDependencyIndex} from '../../../src/core/graph/dependency-index.js'
import {findCycles} from '../../../src/core/graph/find-cycles.js'
import {stronglyConnectedComponents} from '../../../src/core/graph/strongly-connected-components.js'
import {makeSimpleInventory as makeInventory} from '../../helpers/build-inventory.js'

/** A chain 0 → 1 → … → n−1, closed into one cycle when `closed`. */
function chain(n: number, closed: boolean) {
  const start = new Int32Array(n + 1)
  const targets = new Int32Array(closed ? n : n - 1)
  let m = 0
  for (let i = 0; i < n; i++) {
    start[i] = m
    if (i < n - 1) targets[m++] = i + 1
    else if (closed) targets[m++] = 0
  }
  start[n] = m
  return {size: n, start, targets}
}

describe('stronglyConnectedComponents', () => {
  it('walks a 100,000-long chain without overflowing the stack', () => {
    const {components, component} = stronglyConnectedComponents(chain(100_000, false))
    expect(components.length).toBe(100_000)
    expect(component[99_999]).toBe(99_999)
  })

  it('finds a 100,000-long cycle as one component', () => {
    const {components} = stronglyConnectedComponents(chain(100_000, true))
    expect(components.length).toBe(1)
    expect(components[0].length).toBe(100_000)
  })
})

describe('findCycles', () => {
  it('lists components of more than one system, sorted, whatever the input order', () => {
    const systems = [
      {id: 'e', dependsOn: ['d']}, {id: 'd', dependsOn: ['c']}, {id: 'c', dependsOn: ['e', 'a']},
      {id: 'a', dependsOn: ['b']}, {id: 'b', dependsOn: ['a']}, {id: 'f', dependsOn: ['a']},
    ]
    for (const order of [systems, [...systems].reverse()]) {
      const index = buildDependencyIndex(makeInventory({systems: order}))
      expect(findCycles(index).map(c => c.map(v => index.ids[v]))).toEqual([['a', 'b'], ['c', 'd', 'e']])
    }
  })
})
