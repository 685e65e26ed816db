import {describe, expect, it} from 'vitest'
import {findRegion} from '../../../src/core/slice/find-region.js'
import {regionSlice} from '../../../src/core/slice/region-slice.js'
import {subjectInSlice, type SliceMembers} from '../../../src/core/slice/slice-members.js'
import {loadRegionTable} from '../../../src/io/load-regions.js'

describe('regionSlice', () => {
  it('a province holds everything, a city its own code and its counties, a county itself', () => {
    const province = regionSlice('320000')
    expect([province.level, province.has('320722'), province.has('110101'), province.has(undefined)]).toEqual(['province', true, true, true])
    const city = regionSlice('320400')
    expect([city.level, city.has('320400'), city.has('320412'), city.has('320481'), city.has('320500'), city.has('320000'), city.has(undefined)])
      .toEqual(['city', true, true, true, false, false, false])
    const county = regionSlice('320412')
    expect([county.level, county.has('320412'), county.has('320400'), county.has('320413')]).toEqual(['county', true, false, false])
  })
})

describe('subjectInSlice', () => {
  const m: SliceMembers = {
    slice: regionSlice('320412'), all: false,
    systems: new Set(['wj-a']), nodes: new Set(['wj-room']), networks: new Set(['extranet']), departments: new Set(['武进区政务办']),
  }
  it('keeps the slice\'s systems, nodes, networks, departments, and regions in it', () => {
    expect(subjectInSlice(m, {kind: 'system', id: 'wj-a'})).toBe(true)
    expect(subjectInSlice(m, {kind: 'system', id: 'cz-a'})).toBe(false)
    expect(subjectInSlice(m, {kind: 'node', id: 'wj-room'})).toBe(true)
    expect(subjectInSlice(m, {kind: 'network', id: 'extranet'})).toBe(true)
    expect(subjectInSlice(m, {kind: 'department', id: '武进区政务办'})).toBe(true)
    expect(subjectInSlice(m, {kind: 'department', id: '常州市政务办'})).toBe(false)
    expect(subjectInSlice(m, {kind: 'region', id: '320412'})).toBe(true)
    // The city's finding is the city's: not in a county's slice.
    expect(subjectInSlice(m, {kind: 'region', id: '320400'})).toBe(false)
  })
})

describe('findRegion', () => {
  const table = loadRegionTable()
  it('takes a listed code, or a name that means one division', () => {
    expect(findRegion(table, '320722')).toEqual({ok: true, code: '320722'})
    expect(findRegion(table, ' 常州市 ')).toEqual({ok: true, code: '320400'})
    expect(findRegion(table, 'changzhou')).toEqual({ok: true, code: '320400'})
    expect(findRegion(table, 'Wujin District')).toEqual({ok: true, code: '320412'})
    expect(findRegion(table, '江苏')).toEqual({ok: true, code: '320000'})
  })
  it('refuses a shared name with every code it names', () => {
    expect(findRegion(table, '鼓楼区')).toEqual({ok: false, reason: 'ambiguous', codes: ['320106', '320302']})
  })
  it('refuses an unlisted code with its city first, then the nearest code', () => {
    const r = findRegion(table, '320499')
    expect(r.ok).toBe(false)
    expect(r.ok === false && r.reason === 'unknown' ? r.suggestions[0] : '').toBe('320400 常州市')
    expect(findRegion(table, '320401')).toMatchObject({ok: false, reason: 'unknown'}) // 市辖区: a statistical code, not a division
    expect(findRegion(table, '110000')).toMatchObject({ok: false, reason: 'unknown'})
  })
})
