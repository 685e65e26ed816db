// Reads a baseline plan (a saved `plan --json`) and checks the part `status --baseline` uses; a problem
// is an input error at its file:line:column, like an inventory's.
import {YunwangError} from '../core/errors.js'
import {schemaProblems} from '../core/inventory/schema-problems.js'
import type {BaselinePlan} from '../core/status/model.js'
import {placeProblems} from './load-inventory.js'
import {schemaValidator} from './load-schemas.js'
import {parseSource} from './parse-source.js'
import {readSource} from './read-source.js'

export function readBaseline(file: string, cwd: string): BaselinePlan {
  const src = readSource(file, cwd)
  if ('code' in src) throw new YunwangError('INVALID_INPUT', {}, placeProblems([src], cwd))
  const parsed = parseSource(src)
  if (!parsed.ok) throw new YunwangError('INVALID_INPUT', {}, placeProblems([parsed.problem], cwd))
  const validate = schemaValidator('baseline-plan.schema.json')
  if (!validate(parsed.value)) throw new YunwangError('INVALID_INPUT', {}, placeProblems(schemaProblems(src.file, parsed.value, [...(validate.errors ?? [])]), cwd))
  return parsed.value as BaselinePlan
}
