// The columns of the survey workbook `export` writes: the fields `import` reads for each kind, under a
// header `import` maps back to the same field (Chinese, or the field path in English), and each value
// written in a word `import` reads back as the same value.
import {type FieldSpec, IMPORT_FIELDS, type ImportKind} from '../import/import-fields.js'

export type SurveyLang = 'zh' | 'en'

export interface SurveyColumn {
  spec: FieldSpec
  /** The header written; `import` maps it to `spec.path`. */
  header: string
  /** For enumerations: the words offered in the drop-down list, in the order of the schema's values. */
  choices?: Array<{value: string; word: string}>
  /** Drop-down of ids of another kind (nodes for 部署节点, networks for 接入网络). */
  idList?: 'nodes' | 'networks'
  /** Several values in one cell: the drop-down only suggests. */
  multiple: boolean
}

/**
 * Headers chosen among those `import` knows where the first one would leave the unit unsaid (存储 is in
 * TB, 内存 in GB) or is written in lower case (ipv6地址); every one maps back to its field
 * (test/core/export/survey-columns.test.ts checks it).
 */
const ZH_HEADERS: Partial<Record<ImportKind, Record<string, string>>> = {
  systems: {
    'resources.vcpu': 'vCPU（核）', 'resources.memoryGiB': '内存（GB）', 'resources.storageTiB': '存储（TB）',
    'ipv6.addresses': 'IPv6地址', 'ipv6.aaaa': 'AAAA记录', 'ipv6.appSupport': 'IPv6支持情况',
  },
  nodes: {dualStack: 'IPv6双栈', 'capacity.vcpu': 'vCPU容量', 'capacity.memoryGiB': '内存容量（GB）', 'capacity.storageTiB': '存储容量（TB）'},
}

/** Each canonical value of an enumeration with the first word the survey map gives it (its Chinese name). */
function choicesOf(values: Record<string, string>, lang: SurveyLang): Array<{value: string; word: string}> {
  const out = new Map<string, string>()
  for (const [word, value] of Object.entries(values)) if (!out.has(value)) out.set(value, lang === 'zh' ? word : value)
  return [...out].map(([value, word]) => ({value, word}))
}

export function surveyColumns(kind: ImportKind, lang: SurveyLang): SurveyColumn[] {
  return IMPORT_FIELDS[kind].map(spec => {
    const header = lang === 'en' ? spec.path : ZH_HEADERS[kind]?.[spec.path] ?? spec.headers[0]
    const t = spec.value
    const column: SurveyColumn = {spec, header, multiple: false}
    if (t.type === 'enum' || t.type === 'enumList') column.choices = choicesOf(t.values, lang)
    if (t.type === 'enumList' || t.type === 'refs' || t.type === 'dependsOn' || t.type === 'list' || t.type === 'cidrs') column.multiple = true
    if (t.type === 'ref' || t.type === 'refs') column.idList = t.to === 'networks' ? 'networks' : t.to === 'nodes' ? 'nodes' : undefined
    return column
  })
}

/**
 * The value at a dotted path of a record: a sheet's row as written, or an inventory record, where the
 * model keeps `disasterRecovery: {node}` as `disasterRecovery: true` beside `disasterRecoveryNode`.
 */
export function valueAt(record: unknown, path: string): unknown {
  if (path === 'disasterRecovery.node' && record !== null && typeof record === 'object' && Object.hasOwn(record, 'disasterRecoveryNode')) {
    return (record as {disasterRecoveryNode?: unknown}).disasterRecoveryNode
  }
  let cur = record
  for (const k of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined
    cur = (cur as Record<string, unknown>)[k]
  }
  return cur
}

const SEPARATOR: Record<SurveyLang, string> = {zh: '、', en: ', '}

/** A record's value as the cell holds it: a number stays a number; anything else is text `import` reads back. */
export function cellFor(column: SurveyColumn, value: unknown, lang: SurveyLang): string | number | null {
  if (value === undefined || value === null) return null
  const t = column.spec.value
  const word = (v: unknown) => column.choices?.find(c => c.value === v)?.word ?? String(v)
  switch (t.type) {
    case 'number':
    case 'mlps':
      return typeof value === 'number' ? value : String(value)
    case 'bool':
      if (typeof value !== 'boolean') return null
      return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no'
    case 'enum':
      return word(value)
    case 'enumList':
      return Array.isArray(value) ? value.map(word).join(SEPARATOR[lang]) : word(value)
    case 'refs':
    case 'list':
    case 'cidrs':
      return Array.isArray(value) ? (value.length === 0 ? null : value.map(String).join(SEPARATOR[lang])) : String(value)
    case 'dependsOn': {
      if (!Array.isArray(value) || value.length === 0) return null
      return value.map(d => (typeof d === 'string' ? d : `${(d as {system: string}).system}${(d as {kind?: string}).kind ? `(${(d as {kind: string}).kind})` : ''}`)).join(SEPARATOR[lang])
    }
    default:
      return typeof value === 'object' ? null : String(value)
  }
}
