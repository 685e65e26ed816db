// Places the inventory schema's objections to imported records on the cells they came from, so that a
// value the cell readers let through (a 280-character name, a number above a maximum) is reported as
// a cell error a person can fix in the sheet, not found later by `validate` or taken for a defect.
import type {ErrorObject} from 'ajv'
import type {ProblemCode} from '../errors.js'
import {schemaProblems} from '../inventory/schema-problems.js'

export type SchemaCellCode = 'TOO_LONG' | 'WRONG_TYPE' | 'MISSING_VALUE' | 'NOT_ALLOWED' | 'OUT_OF_RANGE' | 'BAD_VALUE' | 'BAD_ID' | 'BAD_DATE' | 'BAD_REGION' | 'BAD_CIDR'

export interface SchemaCellProblem {
  code: SchemaCellCode
  /** Index of the record in the list. */
  index: number
  /** The dotted field path: the column's the value came from, when one did, else the record's own. */
  field?: string
  value?: string
  data: Record<string, string | number>
}

const SAME: ReadonlySet<ProblemCode> = new Set(['OUT_OF_RANGE', 'BAD_VALUE', 'BAD_ID', 'BAD_DATE', 'BAD_REGION', 'BAD_CIDR', 'WRONG_TYPE'])

function valueAt(root: unknown, keys: string[]): unknown {
  let cur = root
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, k)) return undefined
    cur = (cur as Record<string, unknown>)[k]
  }
  return cur
}

/** Long values are cut in messages: the cell address finds the whole. */
function shown(v: unknown): string | undefined {
  if (v === undefined || (v !== null && typeof v === 'object')) return undefined
  const s = String(v)
  return s.length > 60 ? `${s.slice(0, 57)}...` : s
}

/**
 * `body` is the document the records make ({apiVersion, kind, <list>: records}); `fields` the dotted
 * paths that have a column. Each problem names the deepest field path with a column that holds it,
 * or, for a value no column gave (a missing field), its own path.
 */
export function schemaCellProblems(list: string, body: unknown, errors: ErrorObject[], fields: ReadonlySet<string>): SchemaCellProblem[] {
  const out: SchemaCellProblem[] = []
  const place = (pointer: string, extra?: string) => {
    const keys = pointer.split('/').slice(1).map(k => k.replaceAll('~1', '/').replaceAll('~0', '~'))
    if (extra !== undefined) keys.push(extra)
    if (keys[0] !== list || !/^\d+$/.test(keys[1] ?? '')) return undefined
    const path = keys.slice(2)
    for (let n = path.length; n > 0; n--) {
      const field = path.slice(0, n).join('.')
      if (fields.has(field)) return {index: Number(keys[1]), field, value: shown(valueAt(body, keys))}
    }
    return {index: Number(keys[1]), field: path.filter(k => !/^\d+$/.test(k)).join('.') || undefined, value: shown(valueAt(body, keys))}
  }
  const lengthErrors = errors.filter(e => e.keyword === 'maxLength')
  for (const e of lengthErrors) {
    const at = place(e.instancePath)
    if (at) out.push({code: 'TOO_LONG', ...at, data: {limit: Number(e.params.limit)}})
  }
  for (const p of schemaProblems('', body, errors.filter(e => e.keyword !== 'maxLength'))) {
    const missing = p.code === 'MISSING_FIELD' ? String(p.data.field) : undefined
    const at = place(p.position.pointer, missing)
    if (!at) continue
    const code: SchemaCellCode = missing !== undefined ? 'MISSING_VALUE' : SAME.has(p.code) ? (p.code as SchemaCellCode) : 'NOT_ALLOWED'
    const data: Record<string, string | number> = {}
    for (const [k, v] of Object.entries(p.data)) data[k] = Array.isArray(v) ? v.join(', ') : v
    if (code === 'NOT_ALLOWED') data.schemaCode = p.code
    if (code === 'BAD_CIDR') data.item = at.value ?? ''
    if (code === 'BAD_VALUE' && !data.allowed) data.allowed = '—'
    out.push({code, ...at, data})
  }
  return out
}
