// On test/fixtures/graph/small: a→b, a→c, c→d, d→c, j→b, k→j; j is classified.
import {describe, expect, it} from 'vitest'
import {buildDependencyIndex} from '../../../src/core/graph/dependency-index.js'
import {computeImpact} from '../../../src/core/impact/compute-impact.js'
import {ONE_CLOUD} from '../../helpers/one-cloud.js'
import {loadFixture} from '../../helpers/load-fixture.js'

const inv = loadFixture('test/fixtures/graph/small')
const index = buildDependencyIndex(inv)
const impact = (id: string, includeClassified = false) => computeImpact(inv, index, id, {asOf: '2025-06-30', oneCloud: ONE_CLOUD, includeClassified})
const brief = (list: Array<{id: string; distance: number}>) => list.map(e => `${e.id}@${e.distance}`)

describe('computeImpact', () => {
  it('lists transitive dependents through a classified system without naming it', () => {
    const r = impact('b-auth')
    expect(brief(r.dependents)).toEqual(['a-portal@1', 'k-report@2'])
    expect(r.dependencies).toEqual([])
    expect(r.classified).toEqual({dependents: 1, dependencies: 0})
    expect(r.departments).toEqual(['部门丁', '部门乙', '部门甲'].sort())
    expect(JSON.stringify(r)).not.toContain('j-secret')
    expect(JSON.stringify(r)).not.toContain('机要系统')
  })

  it('names classified systems with includeClassified', () => {
    const r = impact('b-auth', true)
    expect(brief(r.dependents)).toEqual(['a-portal@1', 'j-secret@1', 'k-report@2'])
    expect(r.classified).toEqual({dependents: 0, dependencies: 0})
  })

  it('gives each system its department and cloud state', () => {
    const r = impact('a-portal')
    expect(r.dependencies.map(e => [e.id, e.department, e.onCloud, e.distance])).toEqual([
      ['b-auth', '部门乙', true, 1],
      ['c-data', '部门丙', true, 1],
      ['d-legacy', '部门甲', false, 2],
    ])
    expect(r.dependents).toEqual([])
  })

  it('a system in a cycle is its own dependent and dependency only through the others', () => {
    const r = impact('c-data')
    expect(brief(r.dependents)).toEqual(['a-portal@1', 'd-legacy@1'])
    expect(brief(r.dependencies)).toEqual(['d-legacy@1'])
  })
})
