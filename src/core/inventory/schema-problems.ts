// Turns ajv's schema errors into yunwang problems: one per real mistake, each with a stable code and
// the facts its hint needs (the allowed fields, the nearest valid value).
import type {ErrorObject} from 'ajv'
import {type Problem, type ProblemCode, problem} from '../errors.js'
import {nearest} from '../text/nearest.js'

function typeName(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number'
  return typeof v
}

function valueAt(root: unknown, pointer: string): unknown {
  let cur: unknown = root
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~')
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

function show(v: unknown): string {
  // JSON.stringify writes NaN and ±Infinity as null, which would hide what the file says.
  const s = typeof v === 'string' ? v : typeof v === 'number' && !Number.isFinite(v) ? String(v) : JSON.stringify(v) ?? String(v)
  return s.length > 80 ? `${s.slice(0, 77)}...` : s
}

/** The code a failed keyword gets, refined by which shared definition failed (dates, ids, regions). */
function codeFor(e: ErrorObject): ProblemCode {
  const def = /\$defs\/(\w+)/.exec(e.schemaPath)?.[1]
  if (def === 'region' && (e.keyword === 'pattern' || e.keyword === 'type')) return 'BAD_REGION'
  if (def === 'date' && (e.keyword === 'pattern' || e.keyword === 'format' || e.keyword === 'type')) return 'BAD_DATE'
  if (def === 'id' && e.keyword === 'pattern') return 'BAD_ID'
  switch (e.keyword) {
    case 'additionalProperties': return 'UNKNOWN_FIELD'
    case 'required': return 'MISSING_FIELD'
    case 'type': return 'WRONG_TYPE'
    case 'format': return e.params.format === 'date' ? 'BAD_DATE' : 'BAD_CIDR'
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum': return 'OUT_OF_RANGE'
    default: return 'BAD_VALUE'
  }
}

/** Keywords whose failure is stated by one limit, and the ajv parameter holding it. */
/** The ajv keyword of a length, count or pattern rule (each has its hint, `hint.BAD_VALUE.<keyword>`), and the parameter holding its limit. */
const RULE_LIMIT = new Map<string, string>([['maxLength', 'limit'], ['minLength', 'limit'], ['maxItems', 'limit'], ['minItems', 'limit'], ['minProperties', 'limit'], ['pattern', 'pattern']])

function toProblem(file: string, root: unknown, e: ErrorObject): Problem {
  const code = codeFor(e)
  const value = valueAt(root, e.instancePath)
  switch (code) {
    case 'UNKNOWN_FIELD': {
      const field = String(e.params.additionalProperty)
      const allowed = Object.keys((e.parentSchema as {properties?: object})?.properties ?? {})
      const near = nearest(field, allowed)
      return problem(code, file, `${e.instancePath}/${field.replaceAll('~', '~0').replaceAll('/', '~1')}`, {field, allowed, ...(near ? {near} : {})}, 'key')
    }
    case 'MISSING_FIELD':
      return problem(code, file, e.instancePath, {field: String(e.params.missingProperty)})
    case 'WRONG_TYPE':
      return problem(code, file, e.instancePath, {expected: String(e.params.type), actual: typeName(value)})
    case 'OUT_OF_RANGE':
      return problem(code, file, e.instancePath, {value: show(value), limit: `${e.params.comparison} ${e.params.limit}`})
    case 'BAD_VALUE': {
      // A length, count or pattern rule: the hint states the rule (a list of allowed values would be empty).
      const limit = RULE_LIMIT.get(e.keyword)
      if (limit !== undefined) {
        return problem(code, file, e.instancePath, {value: show(value), rule: e.keyword, limit: String(e.params[limit])})
      }
      const allowed: string[] = e.keyword === 'enum' ? (e.params.allowedValues as unknown[]).map(String)
        : e.keyword === 'const' ? [String(e.params.allowedValue)] : []
      const near = typeof value === 'string' ? nearest(value, allowed) : undefined
      return problem(code, file, e.instancePath, {value: show(value), allowed, ...(near ? {near} : {})})
    }
    default:
      return problem(code, file, e.instancePath, {value: show(value)})
  }
}

/**
 * ajv reports every branch of an `anyOf` (a `dependsOn` item is an id or a {system, kind} mapping),
 * its sub-errors just before the `anyOf` error itself. Keep the errors of the one branch whose type
 * matches the value; when none or several match, report one error for the whole `anyOf`.
 */
function collapseAnyOf(errors: ErrorObject[], root: unknown): ErrorObject[] {
  const out: ErrorObject[] = []
  for (const e of errors) {
    if (e.keyword !== 'anyOf') {
      out.push(e)
      continue
    }
    const inner: ErrorObject[] = []
    while (out.length > 0 && out.at(-1)!.instancePath.startsWith(e.instancePath)) inner.unshift(out.pop()!)
    const value = valueAt(root, e.instancePath)
    const actual = typeName(value) === 'integer' ? 'number' : typeName(value)
    const branches = e.schema as Array<{type?: string; $ref?: string}>
    // A branch that is a $ref names a shared string definition (an id) unless it says otherwise.
    const types = branches.map(b => b.type ?? (b.$ref && /\$defs\/(id|date|region)$/.test(b.$ref) ? 'string' : b.$ref ? 'object' : 'string'))
    const matching = [...branches.keys()].filter(i => types[i] === actual || (types[i] === 'number' && actual === 'integer'))
    const belongs = (x: ErrorObject, i: number) =>
      x.schemaPath.startsWith(`${e.schemaPath}/${i}/`) || (branches[i].$ref !== undefined && x.schemaPath.startsWith(`${branches[i].$ref}/`))
    if (matching.length === 1) {
      for (const x of inner) if (!(x.keyword === 'type' && x.instancePath === e.instancePath)) out.push(x)
    } else if (matching.length > 1 && inner.every(x => x.keyword === 'format')) {
      out.push(inner[0])
    } else if (matching.length > 1) {
      // Several branches fit the value's type (a full rule or an override): report the closest one.
      const counts = matching.map(i => inner.filter(x => belongs(x, i)).length)
      const best = matching[counts.indexOf(Math.min(...counts))]
      const own = inner.filter(x => belongs(x, best))
      for (const x of own.length > 0 ? own : [{...e, keyword: 'type', params: {type: types.join(' | ')}}]) out.push(x)
    } else {
      out.push({...e, keyword: 'type', params: {type: [...new Set(types)].join(' | ')}})
    }
  }
  return out
}

export function schemaProblems(file: string, root: unknown, errors: ErrorObject[]): Problem[] {
  const seen = new Set<string>()
  const out: Problem[] = []
  // An `if` error only says its `then` failed; the `then` errors say where and why.
  for (const e of collapseAnyOf(errors.filter(x => x.keyword !== 'if'), root)) {
    const p = toProblem(file, root, e)
    const key = `${p.code} ${p.position.pointer}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(p)
  }
  return out
}
