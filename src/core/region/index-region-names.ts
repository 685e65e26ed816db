// The names a person writes for a division (江苏省, 常州市, 常州, Changzhou, 东海县, Donghai County) → its
// GB/T 2260 codes, so that a survey's region column or `--region` can name a place instead of coding it.
import {valueKey} from '../import/import-fields.js'
import type {RegionTable} from './model.js'

/**
 * Every name (compared after `valueKey`) → the codes it names, in table order. A full name shared by two
 * divisions (鼓楼区 is in 南京市 and in 徐州市) names both; a short form (常州 for 常州市, 江阴 for
 * 江阴市) is added only where no full name already means something, so a short form never shadows a full name.
 */
export function indexRegionNames(table: RegionTable): Map<string, string[]> {
  const index = new Map<string, string[]>()
  const put = (name: string, code: string) => {
    const key = valueKey(name)
    const codes = index.get(key)
    if (!codes) index.set(key, [code])
    else if (!codes.includes(code)) codes.push(code)
  }
  for (const r of table.values()) {
    put(r.name.zh, r.code)
    put(r.name.en, r.code)
  }
  const full = new Set(index.keys())
  for (const r of table.values()) {
    const short = r.name.zh.replace(/[省市]$/, '')
    if (short !== r.name.zh && !full.has(valueKey(short))) put(short, r.code)
  }
  return index
}
