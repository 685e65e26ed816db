// The exemption register (例外登记): every approved exception in the inventory — systems'
// `migration.exemption` and networks' `consolidation.exemption` — with its days left and a status, as
// the leading group (领导小组) reviews them. Classified systems' exemptions are counted, not named.
import {daysBetween} from '../dates.js'
import type {Inventory} from '../inventory/model.js'
import {type ExemptionCover, exemptionCovers} from '../inventory/scope.js'

/** `expiring`: still valid, but runs out within the notice period; `expired`: `until` is before the evaluation date. */
export type ExemptionStatus = 'valid' | 'expiring' | 'expired'

export interface ExemptionEntry {
  kind: 'system' | 'network'
  /** The system's or network's id. */
  id: string
  name: string
  /** The system's department, the network's owner (null when it names none). */
  department: string | null
  /** What it waives; a network's consolidation exemption covers `network` (its consolidation). */
  covers: ExemptionCover[]
  reason: string
  approvedBy: string
  document: string | null
  approvedOn: string | null
  until: string
  /** Days from the evaluation date to `until`: 0 on the last valid day, negative once expired. */
  daysLeft: number
  status: ExemptionStatus
}

export interface ExemptionRegister {
  /** Sorted by `until`, then id, then kind. */
  exemptions: ExemptionEntry[]
  /** Exemptions of classified systems left out of `exemptions` (0 with `includeClassified`). */
  classified: number
}

export interface ListExemptionsOptions {
  asOf: string
  /** The pack's `exemptionNoticeDays`: an exemption with at most this many days left is `expiring`. */
  noticeDays: number
  /** Only this department's systems and the networks it owns. */
  department?: string
  includeClassified?: boolean
}

interface Approval {
  reason: string
  approvedBy: string
  until: string
  document?: string
  approvedOn?: string
}

export function exemptionStatus(daysLeft: number, noticeDays: number): ExemptionStatus {
  if (daysLeft < 0) return 'expired'
  return daysLeft <= noticeDays ? 'expiring' : 'valid'
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export function listExemptions(inv: Inventory, o: ListExemptionsOptions): ExemptionRegister {
  const mine = (department: string | null | undefined) => o.department === undefined || department === o.department
  const entry = (kind: ExemptionEntry['kind'], subject: {id: string; name: string}, department: string | null, covers: readonly ExemptionCover[], e: Approval): ExemptionEntry => {
    const daysLeft = daysBetween(o.asOf, e.until)
    return {
      kind, id: subject.id, name: subject.name, department, covers: [...covers], reason: e.reason, approvedBy: e.approvedBy,
      document: e.document ?? null, approvedOn: e.approvedOn ?? null, until: e.until, daysLeft, status: exemptionStatus(daysLeft, o.noticeDays),
    }
  }
  const exemptions: ExemptionEntry[] = []
  let classified = 0
  for (const s of inv.systems) {
    const e = s.migration.exemption
    if (!e || !mine(s.department)) continue
    if (s.classified && !o.includeClassified) classified++
    else exemptions.push(entry('system', s, s.department, exemptionCovers(e), e))
  }
  for (const n of inv.networks) {
    const e = n.consolidation.exemption
    if (e && mine(n.owner)) exemptions.push(entry('network', n, n.owner ?? null, ['network'], e))
  }
  exemptions.sort((a, b) => cmp(a.until, b.until) || cmp(a.id, b.id) || cmp(a.kind, b.kind))
  return {exemptions, classified}
}
