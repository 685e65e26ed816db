// Finds the inventory paths when a command is given none: yunwang.yaml in the working directory, else ./inventory.
import {existsSync, realpathSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {YunwangError, problem} from '../core/errors.js'
import {schemaProblems} from '../core/inventory/schema-problems.js'
import type {YunwangYaml} from '../core/inventory/schema-types.js'
import {schemaValidator} from './load-schemas.js'
import {placeProblems} from './load-inventory.js'
import {isShippedPack} from './shipped-packs.js'
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
  const config = parsed.value as YunwangYaml
  const named: Array<[string, string]> = (config.paths ?? []).map((p, i) => [p, `/paths/${i}`])
  if (config.policy !== undefined && !isShippedPack(config.policy)) named.push([config.policy, '/policy'])
  if (config.plan !== undefined) named.push([config.plan, '/plan'])
  const outside = named.flatMap(([p, pointer]) => (insideProject(p, cwd) ? [] : [problem('PATH_OUTSIDE_PROJECT', PROJECT_FILE, pointer, {path: p})]))
  if (outside.length > 0) throw new YunwangError('INVALID_INPUT', {}, placeProblems(outside, cwd))
  return config
}

/**
 * A path of yunwang.yaml (`paths`, a `policy` file, the `plan` file) names something in the project
 * (the folder holding the file), also after following symbolic links: a cloned repository must not
 * point yunwang at `/` or at files beside it. Paths given on the command line are the user's own
 * choice and are not held to this.
 */
function insideProject(path: string, project: string): boolean {
  const within = (rel: string) => !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`)
  const target = resolve(project, path)
  if (!within(relative(project, target))) return false
  if (!existsSync(target)) return true
  return within(relative(realpathSync(project), realpathSync(target)))
}

export function inventoryPaths(args: readonly string[], cwd: string, config: YunwangYaml = readProjectConfig(cwd) ?? {}): ProjectSettings {
  if (args.length > 0) return {paths: [...args], config}
  if (config.paths && config.paths.length > 0) {
    const base = dirname(resolve(cwd, PROJECT_FILE))
    return {paths: config.paths.map(p => relative(cwd, resolve(base, p)) || '.'), config}
  }
  return {paths: ['inventory'], config}
}
