// Loads a policy pack by name (seeds/policy/NAME.yaml) or file, validates it like an inventory, and
// merges it over the pack it extends: rules, targets and sources by id; other fields replace.
import {existsSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {YunwangError} from '../core/errors.js'
import {schemaProblems} from '../core/inventory/schema-problems.js'
import type {Policy, PolicyRule, PolicyTarget} from '../core/policy/model.js'
import {schemaValidator} from './load-schemas.js'
import {placeProblems} from './load-inventory.js'
import {parseSource} from './parse-source.js'
import {readSource} from './read-source.js'

export const POLICY_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds', 'policy')
export const DEFAULT_POLICY = 'jiangsu'
const MAX_EXTENDS = 8

type Raw = Record<string, unknown> & {extends?: string; rules?: Array<Record<string, unknown>>; targets?: Array<Record<string, unknown>>; sources?: Array<Record<string, unknown>>}

function locate(nameOrFile: string, cwd: string): {file: string; cwd: string} {
  if (/^[a-z0-9][a-z0-9-]*$/.test(nameOrFile) && existsSync(join(POLICY_DIR, `${nameOrFile}.yaml`))) {
    return {file: `${nameOrFile}.yaml`, cwd: POLICY_DIR}
  }
  return {file: relative(cwd, resolve(cwd, nameOrFile)), cwd}
}

function readPack(nameOrFile: string, cwd: string): Raw {
  const where = locate(nameOrFile, cwd)
  const src = readSource(where.file, where.cwd)
  if ('code' in src) throw new YunwangError('INVALID_INPUT', {}, [src])
  const parsed = parseSource(src)
  if (!parsed.ok) throw new YunwangError('INVALID_INPUT', {}, [parsed.problem])
  const validate = schemaValidator('policy-pack.schema.json')
  if (!validate(parsed.value)) {
    throw new YunwangError('INVALID_INPUT', {}, placeProblems(schemaProblems(src.file, parsed.value, [...(validate.errors ?? [])]), where.cwd))
  }
  return parsed.value as Raw
}

function mergeById(base: Array<Record<string, unknown>>, over: Array<Record<string, unknown>> | undefined): Array<Record<string, unknown>> {
  const out = new Map(base.map(x => [x.id as string, {...x}]))
  for (const o of over ?? []) {
    const prev = out.get(o.id as string)
    if (!prev) {
      out.set(o.id as string, {...o})
      continue
    }
    const merged: Record<string, unknown> = {...prev}
    for (const [k, v] of Object.entries(o)) {
      // Localized texts may override one language and keep the other.
      const old = merged[k]
      merged[k] = v && typeof v === 'object' && !Array.isArray(v) && old && typeof old === 'object' && !Array.isArray(old) ? {...old, ...v} : v
    }
    out.set(o.id as string, merged)
  }
  return [...out.values()]
}

function resolvePack(nameOrFile: string, cwd: string, depth: number): Raw {
  const pack = readPack(nameOrFile, cwd)
  if (!pack.extends) return pack
  if (depth >= MAX_EXTENDS) throw new YunwangError('BAD_FLAG', {reason: `policy "extends" chain deeper than ${MAX_EXTENDS}`})
  const base = resolvePack(pack.extends, cwd, depth + 1)
  return {
    ...base,
    ...Object.fromEntries(Object.entries(pack).filter(([k]) => !['extends', 'rules', 'targets', 'sources'].includes(k))),
    sources: mergeById(base.sources ?? [], pack.sources),
    targets: mergeById(base.targets ?? [], pack.targets),
    rules: mergeById(base.rules ?? [], pack.rules),
  }
}

export function loadPolicy(nameOrFile: string | undefined, cwd: string): Policy {
  const raw = resolvePack(nameOrFile ?? DEFAULT_POLICY, cwd, 0)
  return {
    id: raw.id as string,
    name: raw.name as Policy['name'],
    sources: (raw.sources ?? []) as unknown as Policy['sources'],
    oneCloud: {managedNodeTypes: [], ...(raw.oneCloud as object)} as unknown as Policy['oneCloud'],
    targets: (raw.targets ?? []).map(t => ({enabled: true, ...t}) as unknown as PolicyTarget).sort((a, b) => (a.id < b.id ? -1 : 1)),
    rules: (raw.rules ?? []).map(r => ({enabled: true, ...r}) as unknown as PolicyRule).sort((a, b) => (a.id < b.id ? -1 : 1)),
  }
}
