// A policy pack once loaded and merged with the pack it extends: rules, targets and their sources.
import type {OneCloudDefinition} from '../inventory/scope.js'
import type {Lang} from '../../i18n/catalog.js'

export type Severity = 'critical' | 'error' | 'warning' | 'info'
export const SEVERITIES: readonly Severity[] = ['critical', 'error', 'warning', 'info']
export type Localized = Record<Lang, string>

export interface Citation {
  doc: string
  clause: string
  heading?: string
  quote: string
}

/** Which in-scope systems a `requires-provider` rule applies to; an object's keys must all hold. */
export type AppliesTo =
  | 'all'
  | 'service-systems'
  | {mlps?: number; serviceSystem?: boolean; cii?: boolean; level?: Array<'province' | 'city' | 'county'>}

/**
 * A declarative rule (`kind: requires-provider`): the systems it applies to must have their dependencies
 * of one kind go to a system that provides a shared-platform role — at least one of them (`some`), or
 * each of them (`every`); with `crossDepartment`, only dependencies on other departments' systems count.
 */
export interface ProviderRequirement {
  role: string
  dependency: 'api' | 'data' | 'auth'
  appliesTo: AppliesTo
  require: 'some' | 'every'
  crossDepartment: boolean
}

/** Assessment periods (SEC-005, SEC-006): an assessment more than `days` days old is stale. */
export interface AssessmentPeriods {
  /** By MLPS level: a system of level L follows the entry with the highest level ≤ L. */
  mlps: Array<{level: number; days: number}>
  /** 密评, for systems of this MLPS level or above whose assessment passed. */
  crypto?: {level: number; days: number}
}

export interface PolicyRule {
  id: string
  severity: Severity
  subject: 'system' | 'node' | 'network' | 'department' | 'region'
  /** Set for a declarative rule, which no code implements: yunwang evaluates it from this data. */
  kind?: 'requires-provider'
  provider?: ProviderRequirement
  enabled: boolean
  title: Localized
  message: Localized
  hint: Localized
  source: Citation
  seeAlso?: Citation[]
  basis?: Array<{ref: string; title?: string; clause?: string; note?: string}>
  note?: Localized
}

export type TargetMetric =
  | 'adoptionRate' | 'managedNodeRate' | 'extranetDualStack' | 'privateNetworkConsolidation' | 'ipv6Readiness' | 'oneDepartmentOneSystem'
  | 'reported'

export interface PolicyTarget {
  id: string
  metric: TargetMetric
  /** The target figure: a fraction for a rate, a number for a count (`unit`). */
  rate: number
  unit: 'rate' | 'count'
  /** For `reported`: the Measurements indicator id. */
  indicator?: string
  /** For `reported`: the indicator's short name (a column header in `trend`). */
  name?: Localized
  by: string
  label: Localized
  enabled: boolean
  source: Citation
  note?: Localized
}

export interface PolicySource {
  id: string
  number?: string
  title: string
}

/** A shared-platform role (统一身份认证, 数据共享交换, …) that systems declare with `provides`. */
export interface PlatformRole {
  id: string
  label: Localized
  source?: Citation
}

/**
 * A city's (or county's) pack over its province's (`appliesTo`): its rules judge the subjects in its regions
 * in place of the base rules of the same id, and its targets are measured on those regions only.
 */
export interface ScopedPack {
  id: string
  name: Localized
  /** GB/T 2260 codes; a city's code takes in its counties, a province's everything in it. */
  regions: string[]
  /** The base rules the pack overrides (merged with its fields) and its own rules. */
  rules: PolicyRule[]
  /** Its own targets: indicators measured on its regions. */
  targets: PolicyTarget[]
}

export interface Policy {
  id: string
  name: Localized
  sources: PolicySource[]
  /** The shared-platform roles the pack names, sorted by id. */
  platformRoles: PlatformRole[]
  oneCloud: OneCloudDefinition
  /** CLOUD-006 warns when a valid exemption runs out within this many days of the evaluation date. */
  exemptionNoticeDays: number
  /** SEC-005 and SEC-006's periods; with none given, they check nothing. */
  assessments: AssessmentPeriods
  targets: PolicyTarget[]
  rules: PolicyRule[]
  /** With a pack that declares `appliesTo`: what applies in its regions on top of (or instead of) the rest. */
  scoped?: ScopedPack
}

/** "苏政发〔2022〕44号 二、6." — how a finding names the clause it rests on. */
export function citationText(policy: Policy, c: Citation): string {
  const doc = policy.sources.find(s => s.id === c.doc)
  return `${doc?.number ?? doc?.title ?? c.doc} ${c.clause}`.trim()
}
