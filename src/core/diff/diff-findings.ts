// Compliance findings that appeared or went away between two snapshots.
import type {Inventory} from '../inventory/model.js'

/** A finding as `check` reports it; the fields diff compares on. */
export interface FindingRef {
  rule: string
  subject: {kind: string; id: string}
}

export interface FindingsDiff {
  new: FindingRef[]
  resolved: FindingRef[]
}

/**
 * Pending the rule engine (`check`, built on its own branch): once it is merged this runs the policy's
 * rules on both snapshots and keys findings by rule and subject. Until then it reports no change, so
 * that `diff`'s output already has its final shape.
 */
export function diffFindings(_before: Inventory, _after: Inventory): FindingsDiff {
  return {new: [], resolved: []}
}
