// What a compliance rule is given and what it returns. A rule is a pure function over the inventory:
// it names every subject it checked (so CI reports can list passing checks too) and a hit per violation.
import type {Inventory, SystemRecord} from '../inventory/model.js'
import {type OneCloudDefinition, isInScope} from '../inventory/scope.js'
import type {Ipv6Reason, Ipv6Status} from '../ipv6/compute-ipv6-readiness.js'
import type {AssessmentPeriods, Localized, PolicyTarget} from '../policy/model.js'

export type SubjectKind = 'system' | 'node' | 'network' | 'department' | 'region'

export interface Subject {
  kind: SubjectKind
  id: string
}

/** A fact a message can show: a plain value, or words that differ by language (a node type, a region name). */
export type Fact = string | number | string[] | Localized

export interface RuleHit {
  subject: Subject
  /** Who has to act: the system's department, the network's owner; null where no one department does. */
  department: string | null
  /** Machine-readable facts (ids, codes, dates): the finding's `data`, and the message's placeholders. */
  data: Record<string, string | number | string[]>
  /** Human words for placeholders where they differ from `data` (names instead of ids). */
  words?: Record<string, Fact>
  /** Departments the hit concerns but leaves unnamed (classified systems' departments, see SEC-001). */
  withheld?: string[]
}

export interface RuleResult {
  /** How many subjects the rule looked at. */
  checked: number
  /** Those subjects, when the context asks for them (a JUnit report lists passing checks too). */
  subjects: Subject[]
  hits: RuleHit[]
}

export interface RuleContext {
  inv: Inventory
  /** Evaluation date, YYYY-MM-DD; every date comparison uses it. */
  asOf: string
  oneCloud: OneCloudDefinition
  /** CLOUD-006 warns when a valid exemption runs out within this many days of `asOf` (the pack's `exemptionNoticeDays`). */
  exemptionNoticeDays: number
  /** The pack's targets; NET-003 reads the date by which every private network must be consolidated. */
  targets: ReadonlyArray<Pick<PolicyTarget, 'metric' | 'rate' | 'by' | 'enabled'>>
  /** SEC-005 and SEC-006's periods (the pack's `assessments`); without them those rules check nothing. */
  assessments?: AssessmentPeriods
  /** Shared-platform role names by id (the pack's `platformRoles`); a role not listed shows as its id. */
  platformRoles?: ReadonlyMap<string, Localized>
  /** Region names by GB/T 2260 code; a code not listed shows as itself. */
  regions: ReadonlyMap<string, Localized>
  /** List every subject checked, not only count them; off by default to keep a million-system run small. */
  listSubjects?: boolean
  /** Name classified systems in findings; without it they are counted (SEC-001). */
  includeClassified?: boolean
  /** The in-scope systems' IPv6 readiness, when the caller has computed it already (`report`): IPV6-002 reads it instead of computing it again. */
  ipv6?: ReadonlyArray<{id: string; status: Ipv6Status; reasons: Ipv6Reason[]}>
}

export type RuleFunction = (ctx: RuleContext) => RuleResult

/** Checks each candidate; a rule file is then a filter and a test per subject. */
export function checkEach<T>(
  ctx: RuleContext,
  kind: SubjectKind,
  candidates: Iterable<T>,
  idOf: (t: T) => string,
  test: (t: T) => Omit<RuleHit, 'subject'> | undefined,
): RuleResult {
  let checked = 0
  const subjects: Subject[] = []
  const hits: RuleHit[] = []
  for (const c of candidates) {
    checked++
    const id = idOf(c)
    if (ctx.listSubjects) subjects.push({kind, id})
    const hit = test(c)
    if (!hit) continue
    // Built key by key rather than spread: a spread per hit costs more than the rule's own test.
    const h: RuleHit = {subject: {kind, id}, department: hit.department, data: hit.data}
    if (hit.words !== undefined) h.words = hit.words
    if (hit.withheld !== undefined) h.withheld = hit.withheld
    hits.push(h)
  }
  return {checked, subjects, hits}
}

const inScopeOf = new WeakMap<RuleContext, SystemRecord[]>()

/** The in-scope systems, in inventory order: picked out once per check, not once per rule. */
export function inScopeSystems(ctx: RuleContext): SystemRecord[] {
  let systems = inScopeOf.get(ctx)
  if (!systems) inScopeOf.set(ctx, (systems = ctx.inv.systems.filter(isInScope)))
  return systems
}

export function regionWords(ctx: RuleContext, code: string): Localized {
  return ctx.regions.get(code) ?? {zh: code, en: code}
}
