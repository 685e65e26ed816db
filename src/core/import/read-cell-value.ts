// Reads one survey cell into an inventory value: 是/否 → boolean, 三级 → 3, 省级 → province, lists split
// on 、,，;；, dates in the forms people type. A value that cannot be read is a rejection with a code.
import {isRealDate} from '../dates.js'
import {parseCidr} from '../net/parse-cidr.js'
import {type CellValue, isFault} from './sheet-table.js'
import {valueKey} from './import-fields.js'

export type CellRejection = {code: CellProblemCode; data?: Record<string, string | number>}
export type CellProblemCode =
  | 'MISSING_VALUE' | 'BAD_VALUE' | 'BAD_BOOLEAN' | 'BAD_NUMBER' | 'BAD_MLPS' | 'BAD_REGION' | 'BAD_ID'
  | 'BAD_DATE' | 'BAD_CIDR' | 'OUT_OF_RANGE' | 'UNKNOWN_REFERENCE' | 'DUPLICATE_ID'

export type Read<T> = {ok: true; value: T} | ({ok: false} & CellRejection)

const ok = <T>(value: T): Read<T> => ({ok: true, value})
const no = (code: CellProblemCode, data?: Record<string, string | number>): Read<never> => ({ok: false, code, data})

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/

export function cellText(v: CellValue): string {
  if (v === null) return ''
  if (isFault(v)) return 'error' in v ? v.error : `=${v.formula}`
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)))
  return String(v).trim()
}

export function isBlank(v: CellValue): boolean {
  return cellText(v) === ''
}

const TRUE = new Set(['是', 'y', 'yes', 'true', '1', '有', '√', '✓', '已', '已纳管', '纳管', '涉密', '具备', '已配置', '支持'])
const FALSE = new Set(['否', 'n', 'no', 'false', '0', '无', '×', '✗', '未', '未纳管', '不涉密', '非涉密', '不具备', '未配置', '不支持'])

export function readBool(v: CellValue): Read<boolean> {
  if (typeof v === 'boolean') return ok(v)
  const k = valueKey(cellText(v))
  if (TRUE.has(k)) return ok(true)
  if (FALSE.has(k)) return ok(false)
  return no('BAD_BOOLEAN')
}

export function readNumber(v: CellValue, scale = 1): Read<number> {
  let n: number
  if (typeof v === 'number') n = v
  else {
    const s = cellText(v).normalize('NFKC').replace(/(?<=\d),(?=\d{3}\b)/g, '')
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return no('BAD_NUMBER')
    n = Number(s)
  }
  if (!Number.isFinite(n)) return no('BAD_NUMBER')
  if (n < 0) return no('OUT_OF_RANGE', {limit: '>= 0'})
  // Past 2^53 the digits typed are no longer kept (and 1e308 GB, scaled, overflowed to .inf): no
  // capacity comes near it, so such a number is a typing or export error, not a value to round.
  if (n > Number.MAX_SAFE_INTEGER) return no('OUT_OF_RANGE', {limit: `<= ${Number.MAX_SAFE_INTEGER}`})
  // Scaled values (GB → TiB) keep six decimals: enough for capacity, and free of float noise.
  return ok(scale === 1 ? n : Math.round(n * scale * 1e6) / 1e6)
}

const CHINESE_DIGITS: Record<string, number> = {一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9}

/** 3, 三级, 3级, 第三级, 等保三级, 第3级 → 3. */
export function readMlps(v: CellValue): Read<number> {
  let n: number | undefined
  if (typeof v === 'number') n = v
  else {
    const m = /^(?:等保|等级保护)?第?([0-9]+|[一二三四五六七八九])级?$/.exec(valueKey(cellText(v)))
    if (m) n = lookup(CHINESE_DIGITS, m[1]) ?? Number(m[1])
  }
  if (n === undefined || !Number.isInteger(n)) return no('BAD_MLPS')
  if (n < 1 || n > 5) return no('OUT_OF_RANGE', {limit: '1–5'})
  return ok(n)
}

/** Own keys only: a cell reading "constructor" must not find Object.prototype's. */
function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

export function readEnum(v: CellValue, values: Record<string, string>): Read<string> {
  const hit = lookup(values, valueKey(cellText(v)))
  if (hit) return ok(hit)
  return no('BAD_VALUE', {allowed: [...new Set(Object.values(values))].join(', ')})
}

/** 上云、网络 / cloud; ipv6 → [cloud, network] / [cloud, ipv6]: each item a word of the enumeration, duplicates dropped. */
export function readEnumList(v: CellValue, values: Record<string, string>): Read<string[]> {
  const out: string[] = []
  for (const item of splitList(v)) {
    const hit = lookup(values, valueKey(item))
    if (!hit) return no('BAD_VALUE', {item, allowed: [...new Set(Object.values(values))].join(', ')})
    if (!out.includes(hit)) out.push(hit)
  }
  return out.length > 0 ? ok(out) : no('MISSING_VALUE')
}

/** 2025-12-31, 2025/12/31, 2025.12.31, 2025年12月31日 → 2025-12-31. */
export function readDate(v: CellValue): Read<string> {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(cellText(v).normalize('NFKC'))
  if (!m) return no('BAD_DATE')
  const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
  return isRealDate(date) ? ok(date) : no('BAD_DATE')
}

/** A month: 2026-11, 2026/11, 2026年11月, 202611, or a date within it. */
export function readMonth(v: CellValue): Read<string> {
  const text = cellText(v).normalize('NFKC')
  const m = /^(\d{4})(?:[-/.年]?)(\d{1,2})月?$/.exec(text)
  if (m) {
    const month = Number(m[2])
    return month >= 1 && month <= 12 ? ok(`${m[1]}-${m[2].padStart(2, '0')}`) : no('BAD_DATE')
  }
  const date = readDate(v)
  return date.ok ? ok(date.value.slice(0, 7)) : date
}

/** A 6-digit GB/T 2260 code (a number cell too), or a region's name from the region table. */
export function readRegion(v: CellValue, regionsByName: ReadonlyMap<string, string>): Read<string> {
  const s = cellText(v)
  if (/^\d{6}$/.test(s)) return ok(s)
  const byName = regionsByName.get(valueKey(s))
  return byName ? ok(byName) : no('BAD_REGION')
}

export function readId(v: CellValue): Read<string> {
  const s = cellText(v).toLowerCase()
  return ID_PATTERN.test(s) ? ok(s) : no('BAD_ID')
}

export function splitList(v: CellValue): string[] {
  return cellText(v).split(/[、,，;；\n]+/).map(x => x.trim()).filter(x => x !== '')
}

export function readCidrs(v: CellValue): Read<string[]> {
  const items = splitList(v)
  const bad = items.find(x => !parseCidr(x))
  return bad === undefined ? ok(items) : no('BAD_CIDR', {item: bad})
}

const DEPENDENCY_KINDS: Record<string, 'api' | 'data' | 'auth'> = {接口: 'api', api: 'api', 数据: 'data', data: 'data', 认证: 'auth', auth: 'auth'}

/** 「统一身份认证平台（认证）」 → the name and the kind of the dependency. */
export function splitDependency(item: string): {ref: string; kind?: 'api' | 'data' | 'auth'} {
  const m = /^(.*?)\s*[(（]\s*([^()（）]+?)\s*[)）]$/.exec(item)
  const kind = m ? lookup(DEPENDENCY_KINDS, valueKey(m[2])) : undefined
  return m && kind ? {ref: m[1], kind} : {ref: item}
}
