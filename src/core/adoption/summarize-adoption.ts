// The adoption figures `adoption` prints and `report` charts: the overall rate, the groups, the policy's
// adoption target and the one-cloud-built milestone — computed once, here, so the two never disagree.
import type {WarningJson} from '../warning.js'
import type {Lang} from '../../i18n/catalog.js'
import type {Inventory} from '../inventory/model.js'
import type {Policy} from '../policy/model.js'
import {type TargetProgress, targetProgress} from './adoption-target.js'
import {computeAdoption} from './compute-adoption.js'
import {type AdoptionGroup, type GroupBy, groupAdoption} from './group-adoption.js'
import {countManagedNodes} from './managed-nodes.js'

export interface AdoptionSummary {
  rate: number
  onCloud: number
  total: number
  adjustedRate: number
  exempt: number
  excluded: {classified: number; retired: number; planned: number}
  /** The policy's adoption target and the distance to it; rate 1 and by null when the pack sets none. */
  target: (TargetProgress & {label: string}) | {rate: number; by: null}
  /** The one-cloud-built milestone: city cloud nodes under unified management, by the policy's date. */
  oneCloudBuilt: {by: string; managed: number; total: number; rate: number} | null
  groups: AdoptionGroup[]
  /** Nothing in scope: the rate is taken as 1. */
  empty: boolean
}

/** The `--json` result of `yunwang adoption`: the summary with its date, grouping and warnings. */
export type AdoptionResult = Omit<AdoptionSummary, 'empty'> & {
  asOf: string
  by: GroupBy
  warnings: WarningJson[]
}

export interface SummarizeAdoptionOptions {
  asOf: string
  lang: Lang
  by: GroupBy
  /** The name a person reads for a group key. */
  label: (key: string) => string
}

export function summarizeAdoption(inv: Inventory, policy: Policy, o: SummarizeAdoptionOptions): AdoptionSummary {
  const options = {asOf: o.asOf, oneCloud: policy.oneCloud}
  const counts = computeAdoption(inv, inv.systems, options)
  const adoptionTarget = policy.targets.find(x => x.enabled && x.metric === 'adoptionRate')
  const builtTarget = policy.targets.find(x => x.enabled && x.metric === 'managedNodeRate')
  return {
    rate: counts.rate,
    onCloud: counts.onCloud,
    total: counts.total,
    adjustedRate: counts.adjustedRate,
    exempt: counts.exempt,
    excluded: counts.excluded,
    target: adoptionTarget ? {...targetProgress(adoptionTarget, counts, o.asOf), label: adoptionTarget.label[o.lang]} : {rate: 1, by: null},
    oneCloudBuilt: builtTarget ? {by: builtTarget.by, ...countManagedNodes(inv, policy.oneCloud)} : null,
    groups: groupAdoption(inv, o.by, o.label, options),
    empty: counts.empty,
  }
}
