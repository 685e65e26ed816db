// Validates real --json output against its schema under schemas/output/.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {ROOT} from './run-cli.js'

export function outputErrors(command: string, value: unknown): string[] {
  const ajv = new Ajv2020({allErrors: true, strict: true})
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'output', `${command}.schema.json`), 'utf8')) as object
  const validate = ajv.compile(schema)
  return validate(value) ? [] : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`)
}
