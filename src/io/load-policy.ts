// Loads a policy pack by name (seeds/policy/NAME.yaml) or file, validates it like an inventory, and
// merges it over the pack it extends: rules, targets and sources by id; other fields replace.
// A rule yunwang does not implement, or an override of something the base pack lacks, is refused
// here with its file:line:column, so a typo in a custom pack never switches a check off silently.
import {existsSync, realpathSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {type Problem, YunwangError, problem} from '../core/errors.js'
import {schemaProblems} from '../core/inventory/schema-problems.js'
import type {Policy, PolicyRule, PolicyTarget, ProviderRequirement} from '../core/policy/model.js'
import {RULES} from '../core/rules/registry.js'
import {nearest} from '../core/text/nearest.js'
import {definitionValidator, schemaValidator} from './load-schemas.js'
import {placeProblems} from './load-inventory.js'
import {parseSource} from './parse-source.js'
import {readSource} from './read-source.js'
import {PACKAGE_ROOT, POLICY_DIR, isShippedPack} from './shipped-packs.js'

export {POLICY_DIR, isShippedPack} from './shipped-packs.js'
export const DEFAULT_POLICY = 'jiangsu'
/** CLOUD-006's notice period when a pack gives none. */
const DEFAULT_EXEMPTION_NOTICE_DAYS = 90
const MAX_EXTENDS = 8
/** Placeholders a message or hint may hold: every one is filled in every finding, so their number is bounded (the shipped pack uses at most 6). */
export const MAX_PLACEHOLDERS = 20

type Entry = Record<string, unknown>
/** The fields only a declarative (`kind: requires-provider`) rule has. */
const PROVIDER_FIELDS = ['role', 'dependency', 'appliesTo', 'require', 'crossDepartment'] as const
/** The fields a rule yunwang implements may have (the others are a declarative rule's). */
const CODE_RULE_FIELDS = ['id', 'severity', 'subject', 'enabled', 'title', 'condition', 'placeholders', 'message', 'hint', 'source', 'seeAlso', 'basis', 'note']
type Raw = Entry & {extends?: string; rules?: Entry[]; targets?: Entry[]; sources?: Entry[]; platformRoles?: Entry[]; appliesTo?: {regions: string[]}; scoped?: Entry & {rules: Entry[]; targets: Entry[]; regions: string[]}}

interface Located {
  /** As shown in messages: relative to `cwd`. */
  file: string
  cwd: string
}

/** A shipped pack by name; otherwise a path, relative to `dir` (the working directory, or the extending pack's folder). */
function locate(nameOrFile: string, dir: string, cwd: string): Located {
  if (isShippedPack(nameOrFile)) {
    // Shown as seeds/policy/NAME.yaml, so a problem in a shipped pack says where the pack is.
    return {file: join('seeds', 'policy', `${nameOrFile}.yaml`), cwd: PACKAGE_ROOT}
  }
  return {file: relative(cwd, resolve(dir, nameOrFile)), cwd}
}

/** The same pack reached by two names is one pack (for cycles). */
function packKey(where: Located): string {
  const full = resolve(where.cwd, where.file)
  try {
    return realpathSync(full)
  } catch {
    return full
  }
}

function readPack(where: Located): Raw {
  const src = readSource(where.file, where.cwd)
  if ('code' in src) throw new YunwangError('INVALID_INPUT', {}, [src])
  const parsed = parseSource(src)
  if (!parsed.ok) throw new YunwangError('INVALID_INPUT', {}, placeProblems([parsed.problem], where.cwd))
  const validate = schemaValidator('policy-pack.schema.json')
  if (!validate(parsed.value)) {
    throw new YunwangError('INVALID_INPUT', {}, placeProblems(schemaProblems(src.file, parsed.value, [...(validate.errors ?? [])]), where.cwd))
  }
  return parsed.value as Raw
}

/** Problems of entries (rules or targets) the base pack does not have: an override of nothing, or an incomplete definition. */
function newEntryProblems(file: string, pack: Raw, list: 'rules' | 'targets', base: Raw | undefined): Problem[] {
  const known = (base?.[list] ?? []).map(x => x.id as string)
  const out: Problem[] = []
  const full = definitionValidator('policy-pack.schema.json', list === 'rules' ? 'rule' : 'target')
  ;(pack[list] ?? []).forEach((entry, i) => {
    const id = entry.id as string
    if (known.includes(id)) return
    // An entry that is only an override (no title, no metric) most likely misspells a base id.
    if (base && !('title' in entry) && !('metric' in entry)) {
      const near = nearest(id, known)
      out.push(problem('NO_BASE_ENTRY', file, `/${list}/${i}/id`, {id, ...(near ? {near} : {})}))
    } else if (base && !full(entry)) {
      const errors = (full.errors ?? []).map(e => ({...e, instancePath: `/${list}/${i}${e.instancePath}`}))
      for (const p of schemaProblems(file, pack, errors)) out.push(p)
    }
  })
  return out
}

/** Rules must be implemented and about the subject yunwang checks; overrides must have something to override. */
function packProblems(file: string, pack: Raw, base: Raw | undefined): Problem[] {
  const out: Problem[] = []
  const baseRules = new Map((base?.rules ?? []).map(r => [r.id as string, r]))
  const roles = mergeById(base?.platformRoles ?? [], pack.platformRoles).map(r => r.id as string).sort()
  ;(pack.rules ?? []).forEach((r, i) => {
    const id = r.id as string
    const impl = RULES[id]
    const declarative = r.kind !== undefined || baseRules.get(id)?.kind !== undefined
    if (declarative) {
      // A declarative rule needs no code; it may not take the id of a rule yunwang implements.
      if (impl && r.kind !== undefined) out.push(problem('RULE_ID_TAKEN', file, `/rules/${i}/id`, {id}))
      if (typeof r.role === 'string' && !roles.includes(r.role)) {
        const near = nearest(r.role, roles)
        out.push(problem('UNKNOWN_ROLE', file, `/rules/${i}/role`, {id: r.role, allowed: roles.length > 0 ? roles : ['(none)'], ...(near ? {near} : {})}))
      }
      return
    }
    for (const field of PROVIDER_FIELDS) {
      if (field in r) out.push(problem('UNKNOWN_FIELD', file, `/rules/${i}/${field}`, {field, allowed: CODE_RULE_FIELDS.join(', ')}, 'key'))
    }
    if (!impl) {
      const near = nearest(id, Object.keys(RULES))
      out.push(problem('UNKNOWN_RULE', file, `/rules/${i}/id`, {id, allowed: Object.keys(RULES).sort(), ...(near ? {near} : {})}))
    } else if (typeof r.subject === 'string' && r.subject !== impl.subject) {
      out.push(problem('BAD_VALUE', file, `/rules/${i}/subject`, {value: r.subject, allowed: [impl.subject]}))
    }
  })
  ;(pack.rules ?? []).forEach((r, i) => {
    for (const field of ['message', 'hint'] as const) {
      const text = r[field] as Record<string, unknown> | undefined
      for (const lang of ['zh', 'en'] as const) {
        const value = text?.[lang]
        if (typeof value !== 'string') continue
        const count = value.match(/\{\w+\}/g)?.length ?? 0
        if (count > MAX_PLACEHOLDERS) out.push(problem('TOO_MANY_PLACEHOLDERS', file, `/rules/${i}/${field}/${lang}`, {count, max: MAX_PLACEHOLDERS}))
      }
    }
  })
  const unknown = new Set(out.map(p => p.position.pointer))
  for (const p of newEntryProblems(file, pack, 'rules', base)) if (!unknown.has(p.position.pointer)) out.push(p)
  for (const p of newEntryProblems(file, pack, 'targets', base)) out.push(p)
  return out
}

/** A scoped pack (appliesTo) extends a pack that is not scoped itself, leaves the one cloud to it, and its targets are its own (new ids). */
function scopedProblems(file: string, pack: Raw, base: Raw): Problem[] {
  const out: Problem[] = []
  if (base.scoped) out.push(problem('SCOPED_BASE', file, '/extends', {value: pack.extends ?? ''}))
  // What counts as the one cloud, and when exemptions are due, are the province's: one answer everywhere.
  for (const field of ['oneCloud', 'exemptionNoticeDays']) if (field in pack) out.push(problem('SCOPED_FIELD', file, `/${field}`, {field}))
  const known = new Set((base.targets ?? []).map(x => x.id as string))
  ;(pack.targets ?? []).forEach((x, i) => {
    if (known.has(x.id as string)) out.push(problem('SCOPED_TARGET_ID', file, `/targets/${i}/id`, {id: x.id as string}))
  })
  return out
}

function mergeById(base: Entry[], over: Entry[] | undefined): Entry[] {
  const out = new Map(base.map(x => [x.id as string, {...x}]))
  for (const o of over ?? []) {
    const prev = out.get(o.id as string)
    if (!prev) {
      out.set(o.id as string, {...o})
      continue
    }
    const merged: Entry = {...prev}
    for (const [k, v] of Object.entries(o)) {
      // Localized texts may override one language and keep the other.
      const old = merged[k]
      // A declarative rule's appliesTo is one condition: an override replaces it whole.
      const mergeable = k !== 'appliesTo' && v && typeof v === 'object' && !Array.isArray(v) && old && typeof old === 'object' && !Array.isArray(old)
      merged[k] = mergeable ? {...old, ...v} : v
    }
    out.set(o.id as string, merged)
  }
  return [...out.values()]
}

/**
 * Where an `extends` leads: a shipped pack's name, or a relative path to a .yaml file inside the
 * extending pack's folder. Anything else (an absolute path, a way out with `..`, a file of another
 * kind) is refused at the `extends` line, so a pack can never make yunwang read an arbitrary file.
 */
function locateBase(name: string, from: Located): Located | Problem {
  if (isShippedPack(name)) return locate(name, from.cwd, from.cwd)
  const folder = dirname(resolve(from.cwd, from.file))
  const target = resolve(folder, name)
  const rel = relative(folder, target)
  const escapes = (r: string) => r === '' || r === '..' || r.startsWith(`..${sep}`) || isAbsolute(r)
  let outside = isAbsolute(name) || escapes(rel) || !/\.ya?ml$/i.test(name)
  if (!outside && existsSync(target)) outside = escapes(relative(realpathSync(folder), realpathSync(target)))
  if (outside) return problem('BAD_EXTENDS', from.file, '/extends', {value: name})
  return {file: relative(from.cwd, target), cwd: from.cwd}
}

function resolvePack(where: Located, chain: string[]): Raw {
  const pack = readPack(where)
  let base: Raw | undefined
  if (pack.extends) {
    if (chain.length >= MAX_EXTENDS) {
      throw new YunwangError('INVALID_INPUT', {}, placeProblems([problem('EXTENDS_TOO_DEEP', where.file, '/extends', {value: pack.extends, limit: MAX_EXTENDS})], where.cwd))
    }
    const next = locateBase(pack.extends, where)
    if ('code' in next) throw new YunwangError('INVALID_INPUT', {}, placeProblems([next], where.cwd))
    const key = packKey(next)
    if (chain.includes(key)) {
      throw new YunwangError('INVALID_INPUT', {}, placeProblems([problem('EXTENDS_CYCLE', where.file, '/extends', {value: pack.extends, path: next.file})], where.cwd))
    }
    base = resolvePack(next, [...chain, key])
  }
  const problems = [...packProblems(where.file, pack, base), ...(pack.appliesTo && base ? scopedProblems(where.file, pack, base) : [])]
  if (problems.length > 0) throw new YunwangError('INVALID_INPUT', {}, placeProblems(problems, where.cwd))
  if (!base) return pack
  if (pack.appliesTo) {
    // The base stays whole; the pack's rules (each over the base rule of its id) and targets apply in its regions.
    const baseRules = new Map((base.rules ?? []).map(r => [r.id as string, r]))
    const rules = (pack.rules ?? []).map(r => mergeById(baseRules.has(r.id as string) ? [baseRules.get(r.id as string)!] : [], [r])[0])
    return {
      ...base,
      sources: mergeById(base.sources ?? [], pack.sources),
      platformRoles: mergeById(base.platformRoles ?? [], pack.platformRoles),
      scoped: {id: pack.id, name: pack.name ?? base.name, regions: pack.appliesTo.regions, rules, targets: pack.targets ?? []},
    }
  }
  return {
    ...base,
    ...Object.fromEntries(Object.entries(pack).filter(([k]) => !['extends', 'rules', 'targets', 'sources', 'platformRoles'].includes(k))),
    sources: mergeById(base.sources ?? [], pack.sources),
    platformRoles: mergeById(base.platformRoles ?? [], pack.platformRoles),
    targets: mergeById(base.targets ?? [], pack.targets),
    rules: mergeById(base.rules ?? [], pack.rules),
  }
}

export function loadPolicy(nameOrFile: string | undefined, cwd: string): Policy {
  const first = locate(nameOrFile ?? DEFAULT_POLICY, cwd, cwd)
  const raw = resolvePack(first, [packKey(first)])
  return {
    id: raw.id as string,
    name: raw.name as Policy['name'],
    sources: (raw.sources ?? []) as unknown as Policy['sources'],
    platformRoles: ((raw.platformRoles ?? []) as unknown as Policy['platformRoles']).sort((a, b) => (a.id < b.id ? -1 : 1)),
    oneCloud: {managedNodeTypes: [], closeNodeTypes: [], departmentCloudTypes: [], ...(raw.oneCloud as object)} as unknown as Policy['oneCloud'],
    exemptionNoticeDays: (raw.exemptionNoticeDays as number | undefined) ?? DEFAULT_EXEMPTION_NOTICE_DAYS,
    targets: (raw.targets ?? []).map(toTarget).sort(byId),
    assessments: {mlps: [], ...(raw.assessments as object | undefined)} as Policy['assessments'],
    rules: (raw.rules ?? []).map(toRule).sort(byId),
    ...(raw.scoped ? {scoped: {
      id: raw.scoped.id as string,
      name: raw.scoped.name as Policy['name'],
      regions: [...raw.scoped.regions].sort(),
      rules: raw.scoped.rules.map(toRule).sort(byId),
      targets: raw.scoped.targets.map(toTarget).sort(byId),
    }} : {}),
  }
}

/** A declarative rule's fields gathered into its requirement, with the defaults the schema states. */
function toRule(r: Entry): PolicyRule {
  const {role, dependency, appliesTo, require, crossDepartment, ...rest} = r
  const rule = {enabled: true, ...rest} as unknown as PolicyRule
  if (r.kind !== 'requires-provider') return rule
  return {
    ...rule,
    subject: 'system',
    provider: {role, dependency, appliesTo, require: require ?? 'some', crossDepartment: crossDepartment ?? false} as ProviderRequirement,
  }
}

const byId = (a: {id: string}, b: {id: string}) => (a.id < b.id ? -1 : 1)
const toTarget = (t: Entry) => ({enabled: true, ...t, rate: t.count ?? t.rate, unit: t.count !== undefined ? 'count' : 'rate'}) as unknown as PolicyTarget
