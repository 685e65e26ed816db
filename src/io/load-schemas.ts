// Compiles the JSON Schemas under schemas/ once per process; validators are handed to the core.
import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Ajv2020, type ValidateFunction} from 'ajv/dist/2020.js'
import * as formats from 'ajv-formats'
import {isIpv4Cidr, isIpv6Cidr} from '../core/net/parse-cidr.js'
import type {DocumentKind} from '../core/inventory/document-kinds.js'

export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas')
const BASE = 'https://yunwang.dev/schemas/'

const FILES: Record<DocumentKind, string> = {
  SystemInventory: 'system-inventory.schema.json',
  NodeInventory: 'node-inventory.schema.json',
  NetworkInventory: 'network-inventory.schema.json',
  PlanConfig: 'plan-config.schema.json',
  Measurements: 'measurements.schema.json',
}

let ajv: Ajv2020 | undefined

function instance(): Ajv2020 {
  if (ajv) return ajv
  ajv = new Ajv2020({allErrors: true, strict: false, verbose: true})
  // ajv-formats is CommonJS: under NodeNext its plugin is the default export of the namespace.
  formats.default.default(ajv, ['date', 'uri'])
  ajv.addFormat('ipv4-cidr', isIpv4Cidr)
  ajv.addFormat('ipv6-cidr', isIpv6Cidr)
  ajv.addSchema(readSchema('common.schema.json'))
  return ajv
}

export function readSchema(file: string): object {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as object
}

/** The compiled validator of a schema file under schemas/ (compiled on first use, then cached). */
export function schemaValidator(file: string): ValidateFunction {
  const a = instance()
  const id = BASE + file
  const existing = a.getSchema(id)
  if (existing) return existing
  a.addSchema(readSchema(file))
  const compiled = a.getSchema(id)
  if (!compiled) throw new Error(`schema ${file} has no $id ${id}`)
  return compiled
}

/** The validator of one definition (`$defs/NAME`) of a schema file, e.g. a full policy rule. */
export function definitionValidator(file: string, name: string): ValidateFunction {
  schemaValidator(file)
  const compiled = instance().getSchema(`${BASE}${file}#/$defs/${name}`)
  if (!compiled) throw new Error(`schema ${file} has no definition ${name}`)
  return compiled
}

export function documentValidator(kind: DocumentKind): ValidateFunction {
  return schemaValidator(FILES[kind])
}

/** The definition one record of a kind's list is checked against (`$defs/system` …). */
const RECORD_DEFINITION: Record<DocumentKind, string | undefined> = {SystemInventory: 'system', NodeInventory: 'node', NetworkInventory: 'network', PlanConfig: undefined, Measurements: 'measurement'}

const recordValidators = new Map<DocumentKind, ValidateFunction | undefined>()

/** The validator of one record of a kind's list (looked up once: it is called per record); a kind without a list has none. */
export function recordValidator(kind: DocumentKind): ValidateFunction | undefined {
  if (!recordValidators.has(kind)) {
    const name = RECORD_DEFINITION[kind]
    recordValidators.set(kind, name === undefined ? undefined : definitionValidator(FILES[kind], name))
  }
  return recordValidators.get(kind)
}
