// Finds the inventory paths when a command is given none: yunwang.yaml in the working directory, else ./inventory.
import {existsSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {YunwangError} from '../core/errors.js'
import {schemaProblems} from '../core/inventory/schema-problems.js'
import type {YunwangYaml} from '../core/inventory/schema-types.js'
import {schemaValidator} from './load-schemas.js'
import {placeProblems} from './load-inventory.js'
import {parseSource} from './parse-source.js'
import {readSource} from './read-source.js'

export const PROJECT_FILE = 'yunwang.yaml'

export interface ProjectSettings {
  paths: string[]
  config: YunwangYaml
}

/** Throws a positioned INVALID_INPUT error when yunwang.yaml itself is broken. */
export function readProjectConfig(cwd: string): YunwangYaml | undefined {
  if (!existsSync(join(cwd, PROJECT_FILE))) return undefined
  const src = readSource(PROJECT_FILE, cwd)
  if ('code' in src) throw new YunwangError('INVALID_INPUT', {}, [src])
  const parsed = parseSource(src)
  if (!parsed.ok) throw new YunwangError('INVALID_INPUT', {}, [parsed.problem])
  const validate = schemaValidator('project-config.schema.json')
  if (!validate(parsed.value)) {
    throw new YunwangError('INVALID_INPUT', {}, placeProblems(schemaProblems(PROJECT_FILE, parsed.value, [...(validate.errors ?? [])]), cwd))
  }
  return parsed.value as YunwangYaml
}

export function inventoryPaths(args: string[], cwd: string, config: YunwangYaml = readProjectConfig(cwd) ?? {}): ProjectSettings {
  if (args.length > 0) return {paths: args, config}
  if (config.paths && config.paths.length > 0) {
    const base = dirname(resolve(cwd, PROJECT_FILE))
    return {paths: config.paths.map(p => relative(cwd, resolve(base, p)) || '.'), config}
  }
  return {paths: ['inventory'], config}
}
