// A county system goes to its county's one-cloud node, else to its city's, else to the province's:
// a city cloud serves the counties under it (苏政发〔2022〕44号 二、6: 市级节点 under unified management).
import {describe, expect, it} from 'vitest'
import {makePlan} from '../../../src/core/plan/make-plan.js'
import type {ResolvedPlanConfig} from '../../../src/core/plan/model.js'
import {makeInventory} from '../../helpers/build-inventory.js'
import {ONE_CLOUD} from '../../helpers/one-cloud.js'

const config: ResolvedPlanConfig = {start: '2027-01-04', waveDays: 28, maxSystemsPerWave: 20, order: 'dependencies-first', blackouts: []}
const nodes = [
  {id: 'pc', type: 'provincial-cloud' as const, region: '320000', mlpsCertified: 3},
  {id: 'cz-cloud', type: 'city-cloud' as const, region: '320400', managed: true, mlpsCertified: 3},
  {id: 'wj-room', type: 'self-built' as const, region: '320412'},
  {id: 'nj-room', type: 'self-built' as const, region: '320102'},
]

function targetOf(systems: Array<{id: string; region: string; node: string}>) {
  const inv = makeInventory({
    systems: systems.map(s => ({id: s.id, level: 'county' as const, region: s.region, hosting: {node: s.node}})),
    nodes,
  })
  const result = makePlan(inv, config, {asOf: '2026-12-01', oneCloud: ONE_CLOUD}).result
  return Object.fromEntries(result.waves.flatMap(w => w.systems.map(s => [s.id, s.to])))
}

describe('target node of a county system', () => {
  it('is its city\'s one-cloud node when the county has none', () => {
    expect(targetOf([{id: 'wj-a', region: '320412', node: 'wj-room'}])).toEqual({'wj-a': 'cz-cloud'})
  })
  it('is the province\'s when neither county nor city has one', () => {
    expect(targetOf([{id: 'gl-a', region: '320102', node: 'nj-room'}])).toEqual({'gl-a': 'pc'})
  })
})
