// First pass over parsed files: the header (apiVersion, kind), then the kind's schema. Returns, never throws.
import type {ErrorObject} from 'ajv'
import {type Problem, problem} from '../errors.js'
import {nearest} from '../text/nearest.js'
import {API_VERSION, DOCUMENT_KINDS, type DocumentKind, LIST_OF} from './document-kinds.js'
import {schemaProblems} from './schema-problems.js'

export interface ParsedDocument {
  file: string
  value: unknown
  /** True when the parser found every number finite: the check then skips its own walk for .inf and .nan. */
  finite?: boolean
}

export interface CheckedDocument {
  file: string
  kind: DocumentKind
  value: Record<string, unknown>
  /** Indexes of list records that have a schema problem; the reference pass skips their contents. */
  invalidRecords: Set<number>
  /** Records from this index on were not checked (the problem cap was passed): their ids count, nothing else. */
  checkedRecords: number
  /**
   * A SystemInventory document whose valid records (checked, not invalid) have been replaced by the inventory's
   * own records (normalizeFreshSystems in build-inventory.ts); the others are as parsed.
   */
  normalized?: boolean
}

export interface CheckOptions {
  /**
   * Stop once more than this many records have schema problems: the problems reported are the first
   * ones in file and pointer order, so the rest of that file and the files after it cannot be shown.
   */
  stopAfter?: number
}

/** Schema errors of a whole document, or (`record`) of one record of its list against the record's definition. */
export type SchemaCheck = (kind: DocumentKind, value: unknown, part: 'document' | 'record') => ErrorObject[]

/**
 * The schema errors of a document, its list checked record by record (errors placed under
 * `/{list}/{i}`) so that checking can stop: ajv gathers a document's errors by copying the list of
 * those found so far after each record, which is quadratic in the number of errors.
 */
function documentErrors(kind: DocumentKind, value: Record<string, unknown>, schemaCheck: SchemaCheck, budget: number): {errors: ErrorObject[]; checked: number; broken: number} {
  const list = LIST_OF[kind]
  const items = list === undefined ? undefined : value[list]
  if (list === undefined || !Array.isArray(items)) return {errors: schemaCheck(kind, value, 'document'), checked: 0, broken: 0}
  const errors = [...schemaCheck(kind, {...value, [list]: []}, 'document')]
  let broken = 0
  let i = 0
  for (; i < items.length && broken <= budget; i++) {
    const found = schemaCheck(kind, items[i], 'record')
    if (found.length === 0) continue
    broken += 1
    const at = `/${list}/${i}`
    for (const e of found) errors.push({...e, instancePath: `${at}${e.instancePath}`})
  }
  return {errors, checked: i, broken}
}


/**
 * YAML's .inf and .nan (and 1e400 in JSON) pass a schema's `type: number` and `minimum`; one such
 * vCPU count would make every sum it enters Infinity (null in JSON). Every number must be finite.
 * Called only when hasNonFinite says there is one: a walk that spells a pointer per value costs
 * seconds and hundreds of megabytes on a 150,000-record file.
 */
function nonFiniteNumbers(file: string, value: unknown): Problem[] {
  const out: Problem[] = []
  const stack: Array<[unknown, string]> = [[value, '']]
  while (stack.length > 0) {
    const [v, pointer] = stack.pop()!
    if (typeof v === 'number' && !Number.isFinite(v)) {
      out.push(problem('OUT_OF_RANGE', file, pointer, {value: String(v), limit: v === Number.NEGATIVE_INFINITY ? '> -Infinity' : '< Infinity'}))
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) stack.push([child, `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`])
    }
  }
  return out.sort((a, b) => (a.position.pointer < b.position.pointer ? -1 : a.position.pointer > b.position.pointer ? 1 : 0))
}

/** Whether any number in the value is not finite: a walk that allocates nothing (no lists of values, no stack). */
function hasNonFinite(v: unknown): boolean {
  if (typeof v === 'number') return !Number.isFinite(v)
  if (v === null || typeof v !== 'object') return false
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (hasNonFinite(v[i])) return true
    return false
  }
  const o = v as Record<string, unknown>
  for (const k in o) if (hasNonFinite(o[k])) return true
  return false
}

const isKind = (k: unknown): k is DocumentKind => (DOCUMENT_KINDS as readonly unknown[]).includes(k)

export interface CheckResult {
  documents: CheckedDocument[]
  problems: Problem[]
  /** Checking stopped past the cap, so the number of problems in all is not known. */
  stopped: boolean
}

/**
 * A check fed one parsed document at a time, in file order, so that a loader can check each file right
 * after parsing it (while its tree is young and in cache); `result` gives what checkDocuments gives.
 */
export interface DocumentChecker {
  /** Checks one document; true when it has no problem at all and every record was checked (it may be kept as checked). */
  add(doc: ParsedDocument): boolean
  /**
   * Takes a document `add` found clean before (a cached file): the same as adding it, without checking it
   * again. False, and nothing taken, when it does not even look like one (an entry damaged on disk): the
   * caller then parses and adds the file as if it were not cached.
   */
  addChecked(doc: ParsedDocument): boolean
  result(): CheckResult
  /** The document the last `add` or `addChecked` kept, if it kept one. */
  last(): CheckedDocument | undefined
}

export function documentChecker(schemaCheck: SchemaCheck, options: CheckOptions = {}): DocumentChecker {
  const documents: CheckedDocument[] = []
  const problems: Problem[] = []
  let budget = options.stopAfter ?? Number.POSITIVE_INFINITY
  let last: CheckedDocument | undefined
  const keep = (doc: CheckedDocument) => {
    documents.push(doc)
    last = doc
  }
  const add = (doc: ParsedDocument): boolean => {
    last = undefined
    const {file, value} = doc
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(problem('NOT_A_MAPPING', file, '', {actual: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}))
      return false
    }
    const record = value as Record<string, unknown>
    const {apiVersion, kind} = record
    let headerOk = true
    if (!Object.hasOwn(record, 'apiVersion')) {
      problems.push(problem('MISSING_FIELD', file, '', {field: 'apiVersion'}))
      headerOk = false
    } else if (apiVersion !== API_VERSION) {
      problems.push(problem('BAD_API_VERSION', file, '/apiVersion', {value: String(apiVersion)}))
      headerOk = false
    }
    if (!Object.hasOwn(record, 'kind')) {
      problems.push(problem('MISSING_FIELD', file, '', {field: 'kind'}))
      return false
    }
    if (!isKind(kind)) {
      const near = typeof kind === 'string' ? nearest(kind, DOCUMENT_KINDS) : undefined
      problems.push(problem('UNKNOWN_KIND', file, '/kind', {value: String(kind), allowed: [...DOCUMENT_KINDS], ...(near ? {near} : {})}))
      return false
    }
    if (!headerOk) return false
    const list = LIST_OF[kind]
    if (budget < 0) {
      uncheckedPastCap(file, kind, record)
      return false
    }
    const checked = documentErrors(kind, record, schemaCheck, budget)
    budget -= checked.broken
    const found = checked.errors.length === 0 ? [] : schemaProblems(file, value, checked.errors)
    if (doc.finite !== true && hasNonFinite(value)) {
      const placed = new Set(found.map(p => p.position.pointer))
      for (const p of nonFiniteNumbers(file, value)) if (!placed.has(p.position.pointer)) found.push(p)
    }
    for (const p of found) problems.push(p)
    const invalidRecords = new Set<number>()
    if (list) {
      const prefix = `/${list}/`
      for (const p of found) {
        if (p.position.pointer.startsWith(prefix)) invalidRecords.add(Number.parseInt(p.position.pointer.slice(prefix.length), 10))
      }
    }
    const listBroken = found.some(p => list && (p.position.pointer === '' || p.position.pointer === `/${list}`))
    if (kind === 'PlanConfig' && found.length > 0) return false
    const items = list ? record[list] : undefined
    const checkedRecords = budget < 0 ? checked.checked : Array.isArray(items) ? items.length : 0
    if (!listBroken) keep({file, kind, value: record, invalidRecords, checkedRecords})
    return found.length === 0 && budget >= 0
  }
  /** Past the cap: the file's records still name ids (so references to them resolve), unchecked. */
  const uncheckedPastCap = (file: string, kind: DocumentKind, record: Record<string, unknown>) => {
    const list = LIST_OF[kind]
    if (list && Array.isArray(record[list])) keep({file, kind, value: record, invalidRecords: new Set(), checkedRecords: 0})
  }
  const addChecked = ({file, value}: ParsedDocument): boolean => {
    last = undefined
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
    const record = value as Record<string, unknown>
    const kind = record.kind
    if (record.apiVersion !== API_VERSION || !isKind(kind)) return false
    const list = LIST_OF[kind]
    const items = list ? record[list] : undefined
    if (items !== undefined && !Array.isArray(items)) return false
    if (budget < 0) uncheckedPastCap(file, kind, record)
    else keep({file, kind, value: record, invalidRecords: new Set(), checkedRecords: Array.isArray(items) ? items.length : 0})
    return true
  }
  return {add, addChecked, result: () => ({documents, problems, stopped: budget < 0}), last: () => last}
}

export function checkDocuments(docs: ParsedDocument[], schemaCheck: SchemaCheck, options: CheckOptions = {}): CheckResult {
  const checker = documentChecker(schemaCheck, options)
  for (const doc of docs) checker.add(doc)
  return checker.result()
}
