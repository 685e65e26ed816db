// The validators `npm run build` generates (ajv standalone code) are the ones in use, and they judge
// records exactly as the schemas compiled at run time do: same verdicts, same errors.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {Ajv2020} from 'ajv/dist/2020.js'
import {SCHEMA_DIR, definitionValidator, documentValidator, schemaValidator, usesGeneratedValidators} from '../../src/io/load-schemas.js'
import {AJV_OPTIONS, schemaFiles} from '../../src/io/schema-files.js'
import {validatorFormats} from '../../src/io/validator-formats.js'

let ajv: Ajv2020 | undefined

/** The schemas compiled at run time, as src/io/load-schemas.ts does without a build. */
function runtimeAjv(): Ajv2020 {
  if (ajv) return ajv
  ajv = new Ajv2020({...AJV_OPTIONS})
  for (const [name, format] of Object.entries(validatorFormats())) ajv.addFormat(name, format)
  for (const file of schemaFiles(SCHEMA_DIR)) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as object)
  return ajv
}

const BASE = 'https://yunwang.dev/schemas/'

const header = {apiVersion: 'yunwang/v1', kind: 'SystemInventory'}
const system = {id: 'a', name: 'A', department: 'D', level: 'province', region: '320000', hosting: {node: 'n'}}
const CASES: Array<[string, unknown]> = [
  ['system-inventory.schema.json', {...header, systems: [system]}],
  ['system-inventory.schema.json', {...header, systems: [{...system, level: 'town', region: '32', mlps: 9, colour: 'red'}]}],
  ['system-inventory.schema.json', {...header, systems: [{...system, migration: {exemption: {reason: 'r', approvedBy: 'x', until: '2026-02-30'}}}]}],
  ['system-inventory.schema.json', {...header, kind: 'Nope', systems: 'none'}],
  ['network-inventory.schema.json', {apiVersion: 'yunwang/v1', kind: 'NetworkInventory', networks: [{id: 'x', name: 'X', type: 'private', prefixes: ['10.0.0.0/33', '2001:db8::/129', '10.1.0.0/16']}]}],
  ['node-inventory.schema.json', {apiVersion: 'yunwang/v1', kind: 'NodeInventory', nodes: [{id: 'UPPER', name: '', type: 'cloud'}]}],
  ['project-config.schema.json', {paths: 3, lang: 'fr'}],
]

describe('generated validators', () => {
  it('are in use after npm run build', () => {
    expect(usesGeneratedValidators()).toBe(true)
  })

  it.each(CASES.map((c, i) => [i, ...c] as const))('case %i (%s) gives the run-time compiler verdict and errors', (_i, file, value) => {
    const reference = runtimeAjv().getSchema(BASE + file)!
    const generated = schemaValidator(file)
    expect(generated).not.toBe(reference)
    const expected = reference(value)
    expect(generated(value)).toBe(expected)
    expect(generated.errors ?? null).toEqual(reference.errors ?? null)
  })

  it('cover every definition a command looks up', () => {
    expect(documentValidator('Measurements')({apiVersion: 'yunwang/v1', kind: 'Measurements', measurements: []})).toBe(true)
    const rule = definitionValidator('policy-pack.schema.json', 'rule')
    expect(rule({})).toBe(false)
    expect(rule.errors?.length).toBeGreaterThan(0)
  })
})
