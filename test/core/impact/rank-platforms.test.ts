// On test/fixtures/rank (the expectations are worked out in its systems.yaml header) and small cycles.
import {describe, expect, it} from 'vitest'
import {buildDependencyIndex} from '../../../src/core/graph/dependency-index.js'
import {computeImpact} from '../../../src/core/impact/compute-impact.js'
import {rankPlatforms} from '../../../src/core/impact/rank-platforms.js'
import type {Inventory} from '../../../src/core/inventory/model.js'
import {ONE_CLOUD} from '../../helpers/one-cloud.js'
import {loadFixture} from '../../helpers/load-fixture.js'
import {makeSimpleInventory} from '../../helpers/build-inventory.js'

const AS_OF = '2026-06-30'
const rank = (inv: Inventory, includeClassified = false) => rankPlatforms(inv, buildDependencyIndex(inv), {asOf: AS_OF, oneCloud: ONE_CLOUD, includeClassified})
const brief = (r: ReturnType<typeof rank>) => r.rank.map(p => [p.id, p.dependents, p.direct, p.offCloud, p.departments, p.classified, p.onCloud])

describe('rankPlatforms', () => {
  const inv = loadFixture('test/fixtures/rank')

  it('counts transitive dependents once each, with those off the cloud and their departments; most first, ties by id', () => {
    const r = rank(inv)
    expect(brief(r)).toEqual([
      ['idp', 5, 3, 3, 4, 1, true],
      ['exch', 3, 2, 2, 3, 1, false],
      ['amber', 0, 0, 0, 0, 0, true],
      ['lone', 0, 0, 0, 0, 0, true],
    ])
    expect(r.rank[0]).toMatchObject({roles: ['identity'], name: '统一身份认证平台', department: '省大数据管理中心', state: 'on-cloud'})
    expect(r.rank[1].state).toBe('off-cloud')
    expect(r.classified).toEqual({platforms: 1})
  })

  it('never names a classified dependent or platform without includeClassified', () => {
    const text = JSON.stringify(rank(inv))
    for (const hidden of ['sm-x', 'sm-plat', '机要收文系统', '机要认证平台']) expect(text).not.toContain(hidden)
  })

  it('ranks a classified platform with includeClassified; the counts are the same', () => {
    const r = rank(inv, true)
    expect(r.rank.map(p => p.id)).toEqual(['idp', 'exch', 'amber', 'lone', 'sm-plat'])
    expect(brief(r).slice(0, 4)).toEqual(brief(rank(inv)))
    expect(r.classified).toEqual({platforms: 0})
  })

  it('agrees with impact ID on every platform: dependents and those off the cloud', () => {
    const index = buildDependencyIndex(inv)
    for (const p of rank(inv, true).rank) {
      const i = computeImpact(inv, index, p.id, {asOf: AS_OF, oneCloud: ONE_CLOUD, includeClassified: true})
      expect(p.dependents, p.id).toBe(i.dependents.length)
      expect(p.offCloud, p.id).toBe(i.dependents.filter(e => !e.onCloud).length)
      expect(p.direct, p.id).toBe(i.dependents.filter(e => e.distance === 1).length)
      expect(p.departments, p.id).toBe(new Set(i.dependents.map(e => e.department)).size)
    }
  })

  it('follows cycles without counting the platform itself', () => {
    // p ← x ← y ← x (x and y in a cycle), and p → y: p is in the cycle too.
    const cyc = makeSimpleInventory({systems: [
      {id: 'p', provides: ['identity'], dependsOn: ['y']},
      {id: 'x', dependsOn: ['p', 'y'], node: 'sb'},
      {id: 'y', dependsOn: ['x']},
    ]})
    expect(brief(rank(cyc))).toEqual([['p', 2, 1, 1, 1, 0, true]])
  })

  it('does not depend on the order of records', () => {
    const reversed: Inventory = {...inv, systems: [...inv.systems].reverse()}
    const a = rank(inv)
    const b = rank(reversed)
    expect(b).toEqual(a)
  })
})
