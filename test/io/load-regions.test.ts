import {describe, expect, it} from 'vitest'
import {regionLabeller} from '../../src/core/inventory/region-label.js'
import {cityOf} from '../../src/core/region/city-of.js'
import {loadRegionNames, loadRegionTable} from '../../src/io/load-regions.js'
import {readRegionNames} from '../../src/io/read-region-names.js'

describe('the Jiangsu region table', () => {
  const table = loadRegionTable()
  const at = (level: string) => [...table.values()].filter(r => r.level === level)

  it('lists the province, its 13 cities and its 95 county-level divisions (55 districts, 21 county-level cities, 19 counties)', () => {
    expect(at('province').map(r => r.code)).toEqual(['320000'])
    expect(at('city')).toHaveLength(13)
    const counties = at('county')
    expect(counties).toHaveLength(95)
    expect(counties.filter(r => r.kind === 'district')).toHaveLength(55)
    expect(counties.filter(r => r.kind === 'county-level-city')).toHaveLength(21)
    expect(counties.filter(r => r.kind === 'county')).toHaveLength(19)
    // per city, as in the 民政部 list
    const perCity = Object.fromEntries(at('city').map(c => [c.code, counties.filter(r => r.parent === c.code).length]))
    expect(perCity).toEqual({
      320100: 11, 320200: 7, 320300: 10, 320400: 6, 320500: 9, 320600: 7, 320700: 6,
      320800: 7, 320900: 9, 321000: 6, 321100: 6, 321200: 6, 321300: 5,
    })
  })

  it('every county sits under the city its code names, every city under the province', () => {
    for (const r of at('county')) {
      expect(r.code).toMatch(/^32\d{2}(?!00)\d{2}$/)
      expect(r.parent).toBe(cityOf(r.code))
    }
    for (const r of at('city')) expect(r.parent).toBe('320000')
  })

  it('spot checks against the official list', () => {
    expect(table.get('320722')).toMatchObject({name: {zh: '东海县', en: 'Donghai County'}, kind: 'county', parent: '320700'})
    expect(table.get('320613')?.name.zh).toBe('崇川区')
    expect(table.get('320614')?.name.zh).toBe('海门区')
    expect(table.get('320481')).toMatchObject({name: {zh: '溧阳市', en: 'Liyang'}, kind: 'county-level-city'})
    expect(table.has('320571')).toBe(false) // 苏州工业园区: a statistical code, not a division
    expect(table.has('320401')).toBe(false)
  })
})

describe('cityOf', () => {
  it('county → its city, city → itself, province → itself', () => {
    expect(cityOf('320722')).toBe('320700')
    expect(cityOf('320481')).toBe('320400')
    expect(cityOf('320400')).toBe('320400')
    expect(cityOf('320000')).toBe('320000')
  })
})

describe('region labels and names', () => {
  it('labels a county with its city, since county names repeat', () => {
    const zh = regionLabeller(loadRegionNames(), 'zh')
    const en = regionLabeller(loadRegionNames(), 'en')
    expect(zh('320722')).toBe('连云港市东海县')
    expect(en('320722')).toBe('Donghai County, Lianyungang')
    expect(zh('320106')).toBe('南京市鼓楼区')
    expect(zh('320302')).toBe('徐州市鼓楼区')
    expect(zh('320400')).toBe('常州市')
    expect(zh('320000')).toBe('江苏省')
    expect(zh('320199')).toBe('南京市 320199')
    expect(zh('110000')).toBe('110000')
  })

  it('a name that means one division maps to its code; a shared one (鼓楼区) to none; a short form never shadows a full name', () => {
    const names = readRegionNames()
    expect(names.get('东海县')).toBe('320722')
    expect(names.get('常州')).toBe('320400')
    expect(names.get('changzhou')).toBe('320400')
    expect(names.get('江阴')).toBe('320281')
    expect(names.get('淮安')).toBe('320800')
    expect(names.get('淮安区')).toBe('320803')
    expect(names.get('鼓楼区')).toBeUndefined()
    expect(names.get('gulou district')).toBeUndefined()
  })
})
