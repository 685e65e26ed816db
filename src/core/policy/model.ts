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

export interface PolicyRule {
  id: string
  severity: Severity
  subject: 'system' | 'node' | 'network' | 'department' | 'region'
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
  oneCloud: OneCloudDefinition
  /** CLOUD-006 warns when a valid exemption runs out within this many days of the evaluation date. */
  exemptionNoticeDays: number
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
