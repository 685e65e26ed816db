// The compliance check: runs the policy's enabled rules over the inventory and turns their hits into
// findings with the pack's severity, words and clause, sorted, counted and summed up per department.
import type {Lang} from '../../i18n/catalog.js'
import type {Inventory} from '../inventory/model.js'
import {type Policy, type PolicyRule, SEVERITIES, type Severity, citationText} from '../policy/model.js'
import {fillFinding} from './fill-message.js'
import {RULES} from './registry.js'
import {requiresProvider} from './requires-provider.js'
import {scopedMembers} from '../status/scoped-inventory.js'
import {type RuleContext, type RuleHit, type Subject, inScopeSystems} from './types.js'
import {type SliceMembers, subjectInSlice} from '../slice/slice-members.js'

export interface Finding {
  readonly rule: string
  /** The pack whose rule this is: the base pack, or a city pack (appliesTo) judging its own regions. */
  readonly pack: string
  readonly severity: Severity
  readonly subject: Subject
  readonly department: string | null
  readonly message: string
  /** The clause the rule rests on, e.g. "苏政发〔2022〕44号 二、6.". */
  readonly source: string
  readonly title: string
  readonly hint: string
  readonly data: Record<string, string | number | string[]>
}

/** What every finding of one rule run shares: the rule, its pack, severity, words and clause. */
interface RuleWords {
  rule: string
  pack: string
  severity: Severity
  source: string
  title: string
  message: string
  hint: string
  lang: Lang
}

/**
 * A finding as the check keeps it: the rule's shared words and the rule's hit, nothing more. Its message
 * and hint are filled from the pack's templates when read (a table shows a few hundred of 300,000), and
 * its JSON is the plain record, key for key.
 */
class RuleFinding implements Finding {
  constructor(
    private readonly of: RuleWords,
    private readonly hit: RuleHit,
  ) {}

  get rule(): string {
    return this.of.rule
  }

  get pack(): string {
    return this.of.pack
  }

  get severity(): Severity {
    return this.of.severity
  }

  get subject(): Subject {
    return this.hit.subject
  }

  get department(): string | null {
    return this.hit.department
  }

  get message(): string {
    return fillFinding(this.of.message, this.hit.data, this.hit.words, this.of.lang)
  }

  get source(): string {
    return this.of.source
  }

  get title(): string {
    return this.of.title
  }

  get hint(): string {
    return fillFinding(this.of.hint, this.hit.data, this.hit.words, this.of.lang)
  }

  get data(): Record<string, string | number | string[]> {
    return this.hit.data
  }

  toJSON(): Finding {
    const {of, hit} = this
    return {
      rule: of.rule, pack: of.pack, severity: of.severity, subject: hit.subject, department: hit.department,
      message: this.message, source: of.source, title: of.title, hint: this.hint, data: hit.data,
    }
  }
}

export type SeverityCounts = Record<Severity, number>
export type DepartmentStatus = 'pass' | 'warn' | 'fail'

export interface DepartmentSummary {
  department: string
  status: DepartmentStatus
  counts: SeverityCounts
}

export interface RuleSummary {
  rule: string
  severity: Severity
  subject: Subject['kind']
  title: string
  source: string
  /** How many subjects the rule looked at. */
  checked: number
  /** Those subjects, with `listSubjects` (for CI reports that list passing checks); else empty. */
  subjects: Subject[]
  findings: number
}

export interface CheckOutcome {
  findings: Finding[]
  summary: SeverityCounts
  departments: DepartmentSummary[]
  /** Enabled rules that ran, in id order. */
  rules: RuleSummary[]
  /** Rules switched off by the pack. */
  disabled: string[]
  /** Rules yunwang implements that the pack does not list, so they did not run. */
  notInPack: string[]
  /**
   * Departments that fail (or warn) over findings about classified systems, which name no department,
   * and so are left out of `departments` or shown there with a milder status: counted by the status
   * they would have (0 with `includeClassified` or `department`).
   */
  departmentsWithheld: {fail: number; warn: number}
}

export interface CheckOptions {
  asOf: string
  lang: Lang
  regions: RuleContext['regions']
  /** Narrow everything to one department's findings and status. */
  department?: string
  /** List every subject each rule checked (JUnit output). */
  listSubjects?: boolean
  /** Name classified systems (SEC-001's subjects) and their departments; else they are counted. */
  includeClassified?: boolean
  /** A `--region` slice: rules run on the whole inventory, then only findings about the slice's subjects are kept, counted and summed up. */
  slice?: SliceMembers
  /** The in-scope systems' IPv6 readiness (`computeIpv6Readiness(inv).systems`), when the caller has it: not computed again. */
  ipv6?: RuleContext['ipv6']
}

const rank = (s: Severity): number => SEVERITIES.indexOf(s)
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export const zeroCounts = (): SeverityCounts => ({critical: 0, error: 0, warning: 0, info: 0})

const compareSubjects = (a: Finding, b: Finding): number => cmp(a.subject.id, b.subject.id) || cmp(a.subject.kind, b.subject.kind)

function bySubjectSorted(group: Finding[]): boolean {
  for (let i = 1; i < group.length; i++) if (compareSubjects(group[i - 1], group[i]) > 0) return false
  return true
}

/** Group keys are `RANK\0RULE`; a rank is one digit (four severities). */
const compareGroupKeys = (a: string, b: string): number => {
  const [ra, ida] = a.split('\u0000')
  const [rb, idb] = b.split('\u0000')
  return Number(ra) - Number(rb) || cmp(ida, idb)
}

export function compareFindings(a: Finding, b: Finding): number {
  return rank(a.severity) - rank(b.severity) || cmp(a.rule, b.rule) || cmp(a.subject.id, b.subject.id) || cmp(a.subject.kind, b.subject.kind)
}

/** fail with any critical or error finding, warn with only warnings (or info), else pass. */
export function departmentStatus(c: SeverityCounts): DepartmentStatus {
  if (c.critical + c.error > 0) return 'fail'
  return c.warning > 0 ? 'warn' : 'pass'
}

/** Whether any finding is at or above the --fail-on severity. */
export function failsAt(summary: SeverityCounts, failOn: Severity): boolean {
  return SEVERITIES.slice(0, rank(failOn) + 1).some(s => summary[s] > 0)
}

/** The department a checked subject belongs to, for narrowing to one department. */
function subjectDepartment(inv: Inventory, s: Subject): string | null {
  if (s.kind === 'system') return inv.system.get(s.id)?.department ?? null
  if (s.kind === 'network') return inv.network.get(s.id)?.owner ?? null
  if (s.kind === 'department') return s.id
  return null
}

/**
 * Every department named in the inventory: systems' departments and private networks' owners. Without
 * `includeClassified` a department known only by its classified systems is left out, so that it is
 * neither accepted nor suggested.
 */
export function knownDepartments(inv: Inventory, includeClassified = false): string[] {
  const systems = inv.systems.filter(s => includeClassified || !s.classified)
  return [...new Set([...systems.map(s => s.department), ...inv.networks.flatMap(n => (n.owner ? [n.owner] : []))])].sort(cmp)
}

export function runCheck(inv: Inventory, policy: Policy, o: CheckOptions): CheckOutcome {
  // Narrowing to a department needs each checked subject, to count only that department's.
  const sliced = o.slice !== undefined && !o.slice.all
  const listSubjects = o.listSubjects === true || o.department !== undefined || sliced || policy.scoped !== undefined
  const ctx: RuleContext = {
    inv, asOf: o.asOf, oneCloud: policy.oneCloud, exemptionNoticeDays: policy.exemptionNoticeDays, targets: policy.targets, regions: o.regions, listSubjects,
    includeClassified: o.includeClassified === true,
    assessments: policy.assessments,
    platformRoles: new Map(policy.platformRoles.map(r => [r.id, r.label])),
    ...(o.ipv6 ? {ipv6: o.ipv6} : {}),
  }
  const mine = (department: string | null) => o.department === undefined || department === o.department
  const inSlice = (subject: Subject) => !sliced || subjectInSlice(o.slice!, subject)
  const narrowed = o.department !== undefined || sliced
  const rules: RuleSummary[] = []
  // Findings by severity and rule: the check's order is theirs, then the subject's (see compareFindings).
  const groups = new Map<string, Finding[]>()
  const withheld = new Map<string, SeverityCounts>()
  // A city pack's rules judge the subjects in its regions; a base rule it lists judges only the others.
  const scoped = policy.scoped
  const scopedIn = scoped ? scopedMembers(inv, scoped.regions) : undefined
  const inScope = scopedIn ? (s: Subject) => subjectInSlice(scopedIn, s) : undefined
  const overridden = new Set(scoped?.rules.map(r => r.id) ?? [])
  const run = (rule: PolicyRule, pack: string, keep: ((s: Subject) => boolean) | undefined) => {
    const impl = rule.provider ? {subject: 'system' as const, run: requiresProvider(rule.provider)} : RULES[rule.id]
    if (!rule.enabled || !impl) return
    const result = impl.run(ctx)
    const source = citationText(policy, rule.source)
    const words: RuleWords = {
      rule: rule.id, pack, severity: rule.severity, source, title: rule.title[o.lang], message: rule.message[o.lang], hint: rule.hint[o.lang], lang: o.lang,
    }
    const key = `${rank(rule.severity)}\u0000${rule.id}`
    let group = groups.get(key)
    if (!group) groups.set(key, (group = []))
    const filter = keep !== undefined || sliced || o.department !== undefined
    let count = 0
    for (const hit of result.hits) {
      if (filter && ((keep && !keep(hit.subject)) || !inSlice(hit.subject))) continue
      if (o.department === undefined) {
        if (hit.withheld !== undefined) {
          for (const d of hit.withheld) {
            const c = withheld.get(d) ?? zeroCounts()
            c[rule.severity]++
            withheld.set(d, c)
          }
        }
      } else if (hit.department !== o.department) continue
      group.push(new RuleFinding(words, hit))
      count++
    }
    const subjects = narrowed || keep ? result.subjects.filter(s => (!keep || keep(s)) && inSlice(s) && mine(subjectDepartment(inv, s))) : result.subjects
    rules.push({
      rule: rule.id,
      severity: rule.severity,
      subject: impl.subject,
      title: rule.title[o.lang],
      source,
      checked: narrowed || keep ? subjects.length : result.checked,
      subjects: o.listSubjects ? subjects : [],
      findings: count,
    })
  }
  for (const rule of policy.rules) run(rule, policy.id, inScope && overridden.has(rule.id) ? s => !inScope(s) : undefined)
  if (scoped && inScope) for (const rule of scoped.rules) run(rule, scoped.id, inScope)
  // The same order as sorting every finding with compareFindings (a stable sort): groups in severity and
  // rule order, each sorted by subject, where most already are.
  const summary = zeroCounts()
  const perDepartment = new Map<string, SeverityCounts>()
  // Every department with in-scope systems is listed, passing ones included.
  for (const s of inScopeSystems(ctx)) if (!perDepartment.has(s.department) && mine(s.department) && inSlice({kind: 'system', id: s.id})) perDepartment.set(s.department, zeroCounts())
  if (o.department !== undefined && !perDepartment.has(o.department)) perDepartment.set(o.department, zeroCounts())
  const findings: Finding[] = []
  for (const key of [...groups.keys()].sort(compareGroupKeys)) {
    const group = groups.get(key)!
    if (group.length === 0) continue
    if (!bySubjectSorted(group)) group.sort(compareSubjects)
    // One severity per group.
    const severity = group[0].severity
    summary[severity] += group.length
    for (const f of group) {
      findings.push(f)
      const department = f.department
      if (department === null) continue
      let c = perDepartment.get(department)
      if (!c) perDepartment.set(department, (c = zeroCounts()))
      c[severity]++
    }
  }
  const departments = [...perDepartment]
    .sort(([a], [b]) => cmp(a, b))
    .map(([department, counts]) => ({department, status: departmentStatus(counts), counts}))

  const departmentsWithheld = {fail: 0, warn: 0}
  for (const [d, hidden] of withheld) {
    const shown = perDepartment.get(d)
    const all = zeroCounts()
    for (const sev of SEVERITIES) all[sev] = (shown?.[sev] ?? 0) + hidden[sev]
    const status = departmentStatus(all)
    if (status !== 'pass' && (!shown || status !== departmentStatus(shown))) departmentsWithheld[status]++
  }

  const listed = new Set([...policy.rules, ...(scoped?.rules ?? [])].map(r => r.id))
  return {
    findings,
    summary,
    departments,
    rules,
    disabled: [...new Set([...policy.rules, ...(scoped?.rules ?? [])].filter(r => !r.enabled).map(r => r.id))].sort(cmp),
    notInPack: Object.keys(RULES).filter(id => !listed.has(id)).sort(cmp),
    departmentsWithheld,
  }
}
