// First pass over parsed files: the header (apiVersion, kind), then the kind's schema. Returns, never throws.
import type {ErrorObject} from 'ajv'
import {type Problem, problem} from '../errors.js'
import {nearest} from '../text/nearest.js'
import {API_VERSION, DOCUMENT_KINDS, type DocumentKind, LIST_OF} from './document-kinds.js'
import {schemaProblems} from './schema-problems.js'

export interface ParsedDocument {
  file: string
  value: unknown
}

export interface CheckedDocument {
  file: string
  kind: DocumentKind
  value: Record<string, unknown>
  /** Indexes of list records that have a schema problem; the reference pass skips their contents. */
  invalidRecords: Set<number>
}

export type SchemaCheck = (kind: DocumentKind, value: unknown) => ErrorObject[]

/**
 * YAML's .inf and .nan (and 1e400 in JSON) pass a schema's `type: number` and `minimum`; one such
 * vCPU count would make every sum it enters Infinity (null in JSON). Every number must be finite.
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

const isKind = (k: unknown): k is DocumentKind => (DOCUMENT_KINDS as readonly unknown[]).includes(k)

export function checkDocuments(docs: ParsedDocument[], schemaCheck: SchemaCheck): {documents: CheckedDocument[]; problems: Problem[]} {
  const documents: CheckedDocument[] = []
  const problems: Problem[] = []
  for (const {file, value} of docs) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(problem('NOT_A_MAPPING', file, '', {actual: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}))
      continue
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
      continue
    }
    if (!isKind(kind)) {
      const near = typeof kind === 'string' ? nearest(kind, DOCUMENT_KINDS) : undefined
      problems.push(problem('UNKNOWN_KIND', file, '/kind', {value: String(kind), allowed: [...DOCUMENT_KINDS], ...(near ? {near} : {})}))
      continue
    }
    if (!headerOk) continue
    const found = schemaProblems(file, value, schemaCheck(kind, value))
    const placed = new Set(found.map(p => p.position.pointer))
    for (const p of nonFiniteNumbers(file, value)) if (!placed.has(p.position.pointer)) found.push(p)
    for (const p of found) problems.push(p)
    const list = LIST_OF[kind]
    const invalidRecords = new Set<number>()
    if (list) {
      const prefix = `/${list}/`
      for (const p of found) {
        if (p.position.pointer.startsWith(prefix)) invalidRecords.add(Number.parseInt(p.position.pointer.slice(prefix.length), 10))
      }
    }
    const listBroken = found.some(p => list && (p.position.pointer === '' || p.position.pointer === `/${list}`))
    if (kind === 'PlanConfig' && found.length > 0) continue
    if (!listBroken) documents.push({file, kind, value: record, invalidRecords})
  }
  return {documents, problems}
}
