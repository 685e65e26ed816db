// A committed plan against today's inventory: a wave fully done, one partly done, one not yet due;
// moves count on arrival on the one cloud, decommissions when retired or gone; classified ones counted.
import {describe, expect, it} from 'vitest'
import {compareBaseline} from '../../../src/core/status/compare-baseline.js'
import type {BaselinePlan} from '../../../src/core/status/model.js'
import {makeInventory} from '../../helpers/build-inventory.js'
import {ONE_CLOUD} from '../../helpers/one-cloud.js'

const inv = makeInventory({
  nodes: [{id: 'pc', type: 'provincial-cloud'}, {id: 'sb', type: 'self-built'}, {id: 'city', type: 'city-cloud', managed: true}, {id: 'cr', type: 'self-built', classified: true}],
  systems: [
    {id: 'moved', hosting: {node: 'pc'}},
    {id: 'onboarded', hosting: {node: 'city'}},
    {id: 'retired', hosting: {node: 'sb'}, status: 'retired'},
    {id: 'still-off', hosting: {node: 'sb'}},
    {id: 'kept', hosting: {node: 'sb'}},
    {id: 'secret', hosting: {node: 'cr'}, classified: true},
    {id: 'later', hosting: {node: 'sb'}},
  ],
})

const baseline: BaselinePlan = {
  waves: [
    // Due and done: two moves arrived (provincial and managed city cloud), one decommission retired, one gone.
    {index: 1, start: '2026-01-05', end: '2026-02-01', systems: [
      {id: 'moved', to: 'pc', action: 'migrate'}, {id: 'onboarded', to: 'city', action: 'migrate'},
      {id: 'retired', to: null, action: 'decommission'}, {id: 'deleted', to: null, action: 'decommission'},
    ]},
    // Due and partly done: still-off has not moved, kept was to be decommissioned but is in service, the classified one slipped.
    {index: 2, start: '2026-02-02', end: '2026-03-01', systems: [
      {id: 'still-off', to: 'pc', action: 'migrate'}, {id: 'moved', to: 'pc', action: 'migrate'},
      {id: 'kept', to: null, action: 'decommission'}, {id: 'secret', to: 'pc', action: 'migrate'}, {id: 'vanished', to: 'pc', action: 'migrate'},
    ]},
    // Not yet due on 2026-03-01.
    {index: 3, start: '2026-03-02', end: '2026-03-29', systems: [{id: 'later', to: 'pc', action: 'migrate'}]},
  ],
}

describe('compareBaseline', () => {
  it('counts planned, done and slipped for the waves due', () => {
    const r = compareBaseline(inv, baseline, {asOf: '2026-03-01', oneCloud: ONE_CLOUD, includeClassified: false})
    expect(r.waves).toEqual([
      {index: 1, start: '2026-01-05', end: '2026-02-01', planned: 4, done: 4, slipped: [], slippedClassified: 0},
      {index: 2, start: '2026-02-02', end: '2026-03-01', planned: 5, done: 1, slipped: ['kept', 'still-off', 'vanished'], slippedClassified: 1},
    ])
    expect(r.summary).toEqual({waves: 3, due: 2, planned: 9, done: 5, slipped: 4})
  })

  it('names a classified system only when asked', () => {
    const r = compareBaseline(inv, baseline, {asOf: '2026-03-01', oneCloud: ONE_CLOUD, includeClassified: true})
    expect([r.waves[1].slipped, r.waves[1].slippedClassified]).toEqual([['kept', 'secret', 'still-off', 'vanished'], 0])
  })

  it('has no wave before the first is due', () => {
    const r = compareBaseline(inv, baseline, {asOf: '2026-01-31', oneCloud: ONE_CLOUD, includeClassified: false})
    expect([r.waves, r.summary.due, r.summary.waves]).toEqual([[], 0, 3])
  })
})
