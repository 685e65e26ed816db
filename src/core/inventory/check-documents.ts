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
    problems.push(...found)
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
