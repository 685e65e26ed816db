// On test/fixtures/graph/small: a→b, a→c, c→d, d→c, j→b, k→j; j is classified.
import {describe, expect, it} from 'vitest'
import {buildDependencyIndex} from '../../../src/core/graph/dependency-index.js'
import {type ViewOptions, selectGraphView} from '../../../src/core/graph/select-graph-view.js'
import {ONE_CLOUD} from '../../helpers/one-cloud.js'
import {loadFixture} from '../../helpers/load-fixture.js'
import {makeSimpleInventory} from '../../helpers/build-inventory.js'

const inv = loadFixture('test/fixtures/graph/small')
const view = (o: Partial<ViewOptions> = {}) =>
  selectGraphView(inv, buildDependencyIndex(inv), {asOf: '2025-06-30', oneCloud: ONE_CLOUD, includeClassified: false, clusterBy: 'department', ...o})

describe('selectGraphView', () => {
  it('shows every non-classified system with its state, and counts the classified ones', () => {
    const v = view()
    expect(v.nodes.length).toBe(10)
    expect(v.edges.map(e => `${e.source}>${e.target}:${e.kind}`)).toEqual(['a-portal>b-auth:api', 'a-portal>c-data:null', 'c-data>d-legacy:data', 'd-legacy>c-data:null'])
    expect(v.classified).toEqual({systems: 1, edges: 2})
    expect(Object.fromEntries(v.nodes.map(n => [n.id, n.state]))).toEqual({
      'a-portal': 'on-cloud', 'b-auth': 'on-cloud', 'c-data': 'on-cloud', 'd-legacy': 'off-cloud', 'e-exempt': 'exempt',
      'f-expired': 'off-cloud', 'g-retiring': 'off-cloud', 'h-retired': 'out-of-scope', 'i-planned': 'out-of-scope', 'k-report': 'off-cloud',
    })
    expect(v.cycles).toEqual([{systems: ['c-data', 'd-legacy'], classified: 0}])
    expect(v.clusters.map(c => [c.key, c.size])).toEqual([['部门丁', 1], ['部门丙', 3], ['部门乙', 3], ['部门甲', 3]].sort())
  })

  it('with includeClassified, shows them with their edges', () => {
    const v = view({includeClassified: true})
    expect(v.nodes.length).toBe(11)
    expect(v.edges.length).toBe(6)
    expect(v.nodes.find(n => n.id === 'j-secret')?.state).toBe('classified')
  })

  it('a focus shows the neighbourhood both ways up to the depth, never siblings', () => {
    expect(view({focus: {id: 'b-auth', depth: 1}}).nodes.map(n => n.id)).toEqual(['a-portal', 'b-auth'])
    const two = view({focus: {id: 'b-auth', depth: 2}})
    expect(two.nodes.map(n => n.id)).toEqual(['a-portal', 'b-auth', 'k-report'])
    expect(two.classified).toEqual({systems: 1, edges: 2})
    expect(two.cycles).toEqual([])
    expect(view({focus: {id: 'c-data', depth: 0}}).nodes.map(n => n.id)).toEqual(['c-data'])
    expect(view({focus: {id: 'c-data', depth: 0}}).cycles).toEqual([{systems: ['c-data', 'd-legacy'], classified: 0}])
  })

  it('clusters by hosting node', () => {
    expect(view({clusterBy: 'node'}).clusters.map(c => [c.key, c.label, c.size])).toEqual([
      ['cc-m', '南京市政务云', 1], ['cc-u', '无锡市政务云', 1], ['dc', '部门云', 2], ['pc', '省政务云', 3], ['sb', '自建机房', 3],
    ])
  })
})

describe('selectGraphView at scale', () => {
  it('focuses on a system depending on 100,000 others, each edge with the kind first declared', () => {
    const n = 100_000
    const leaves = Array.from({length: n}, (_, i) => ({id: `s${String(i).padStart(6, '0')}`}))
    const dependsOn = [
      ...leaves.map((l, i) => ({system: l.id, kind: i % 2 === 0 ? 'api' as const : 'data' as const})),
      {system: leaves[n - 1].id, kind: 'api' as const},
    ]
    const big = makeSimpleInventory({systems: [{id: 'hub', dependsOn}, ...leaves]})
    const v = selectGraphView(big, buildDependencyIndex(big), {asOf: '2025-06-30', oneCloud: ONE_CLOUD, includeClassified: false, clusterBy: 'department', focus: {id: 'hub', depth: 1}})
    expect(v.nodes.length).toBe(n + 1)
    expect(v.edges.length).toBe(n)
    expect(v.edges[0]).toEqual({source: 'hub', target: 's000000', kind: 'api'})
    expect(v.edges[n - 1]).toEqual({source: 'hub', target: leaves[n - 1].id, kind: 'data'})
  })
})
