// The validators of the JSON Schemas under schemas/, handed to the core. `npm run build` generates them as
// ajv standalone code (dist/validators.js), so a command compiles nothing at start-up; when that module is
// missing or was built from other schema texts (schemas edited since the build), they are compiled here.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {ErrorObject} from 'ajv'
import type {Ajv2020, ValidateFunction} from 'ajv/dist/2020.js'
import type {DocumentKind} from '../core/inventory/document-kinds.js'
import {AJV_OPTIONS, schemaDigest, schemaFiles} from './schema-files.js'
import {validatorFormats} from './validator-formats.js'

export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas')
const BASE = 'https://yunwang.dev/schemas/'

const FILES: Record<DocumentKind, string> = {
  SystemInventory: 'system-inventory.schema.json',
  NodeInventory: 'node-inventory.schema.json',
  NetworkInventory: 'network-inventory.schema.json',
  PlanConfig: 'plan-config.schema.json',
  Measurements: 'measurements.schema.json',
}

interface Generated {
  SCHEMA_DIGEST: string
  makeValidators: (f: ReturnType<typeof validatorFormats>) => Record<string, ValidateFunction>
}

let digest: string | undefined

/** The digest of the schema files as they are now (read once): what the validators and the parse cache's keys depend on. */
export function currentSchemaDigest(): string {
  digest ??= schemaDigest(SCHEMA_DIR, schemaFiles(SCHEMA_DIR))
  return digest
}

/** null: looked for, and missing or built from other schema texts. */
let prebuiltValidators: Record<string, ValidateFunction> | null | undefined

/**
 * The generated validators (dist/validators.cjs), required the first time one is needed rather than at
 * start-up: a run whose files all come from the parse cache checks no document and never loads them.
 * None when the module is missing or was built from other schema texts than those on disk now.
 */
function prebuilt(): Record<string, ValidateFunction> | undefined {
  if (prebuiltValidators === undefined) {
    prebuiltValidators = null
    try {
      const module = createRequire(import.meta.url)(join(SCHEMA_DIR, '..', 'dist', 'validators.cjs')) as Generated
      if (module.SCHEMA_DIGEST === currentSchemaDigest()) prebuiltValidators = module.makeValidators(validatorFormats())
    } catch {
      // Not built (a checkout run from its sources): the schemas are compiled instead.
    }
  }
  return prebuiltValidators ?? undefined
}

let ajv: Ajv2020 | undefined

/** ajv itself, loaded only when the generated validators cannot be used. */
function instance(): Ajv2020 {
  if (ajv) return ajv
  const {Ajv2020} = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')
  ajv = new Ajv2020({...AJV_OPTIONS})
  for (const [name, format] of Object.entries(validatorFormats())) ajv.addFormat(name, format)
  ajv.addSchema(readSchema('common.schema.json'))
  return ajv
}

export function readSchema(file: string): object {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as object
}

function compiled(id: string, file: string): ValidateFunction {
  const ready = prebuilt()?.[id]
  if (ready) return ready
  const a = instance()
  if (!a.getSchema(BASE + file)) a.addSchema(readSchema(file))
  const validate = a.getSchema(id)
  if (!validate) throw new Error(`schema ${file} has no $id or definition ${id}`)
  return validate
}

/** The validator of a schema file under schemas/. */
export function schemaValidator(file: string): ValidateFunction {
  return compiled(BASE + file, file)
}

/** The validator of one definition (`$defs/NAME`) of a schema file, e.g. a full policy rule. */
export function definitionValidator(file: string, name: string): ValidateFunction {
  return compiled(`${BASE}${file}#/$defs/${name}`, file)
}

const documentValidators = new Map<DocumentKind, ValidateFunction>()

export function documentValidator(kind: DocumentKind): ValidateFunction {
  let validate = documentValidators.get(kind)
  if (validate === undefined) documentValidators.set(kind, validate = schemaValidator(FILES[kind]))
  return validate
}

/** The definition one record of a kind's list is checked against (`$defs/system` …). */
const RECORD_DEFINITION: Record<DocumentKind, string | undefined> = {SystemInventory: 'system', NodeInventory: 'node', NetworkInventory: 'network', PlanConfig: undefined, Measurements: 'measurement'}

const recordValidators = new Map<DocumentKind, ValidateFunction | undefined>()

/** The validator of one record of a kind's list; a kind without a list has none. Called once per record: kept. */
export function recordValidator(kind: DocumentKind): ValidateFunction | undefined {
  if (recordValidators.has(kind)) return recordValidators.get(kind)
  const name = RECORD_DEFINITION[kind]
  const validate = name === undefined ? undefined : definitionValidator(FILES[kind], name)
  recordValidators.set(kind, validate)
  return validate
}

const NO_ERRORS = Object.freeze([]) as unknown as ErrorObject[]

/**
 * The schema check the loader hands to checkDocuments: a record against its kind's record definition,
 * anything else against the kind's document schema. No errors is one shared,
 * frozen empty list (never to be added to).
 */
export function schemaErrors(kind: DocumentKind, value: unknown, part: 'document' | 'record'): ErrorObject[] {
  const validate = (part === 'record' ? recordValidator(kind) : undefined) ?? documentValidator(kind)
  return validate(value) ? NO_ERRORS : [...(validate.errors ?? [])]
}

/** Whether the validators in use are the generated ones (for the tests and the benchmark). */
export function usesGeneratedValidators(): boolean {
  return prebuilt() !== undefined
}
