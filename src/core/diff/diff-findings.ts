// Compliance findings that appeared or went away between two snapshots, keyed by rule and subject.
import type {Finding} from '../rules/run-check.js'

export type FindingRef = Pick<Finding, 'rule' | 'severity' | 'subject' | 'department' | 'message'>

export interface FindingsDiff {
  new: FindingRef[]
  resolved: FindingRef[]
}

const key = (f: Finding) => `${f.rule}\u0000${f.subject.kind}\u0000${f.subject.id}`
const ref = (f: Finding): FindingRef => ({rule: f.rule, severity: f.severity, subject: f.subject, department: f.department, message: f.message})

/**
 * `before` and `after` are the findings of the same policy on each snapshot (already in check's
 * order). A finding whose subject is hidden (a classified system, unless asked for) is counted in
 * `hidden` instead of listed.
 */
export function diffFindings(before: Finding[], after: Finding[], hide: (f: Finding) => boolean): FindingsDiff & {hidden: number} {
  const had = new Set(before.map(key))
  const has = new Set(after.map(key))
  let hidden = 0
  const keep = (f: Finding) => {
    if (!hide(f)) return true
    hidden++
    return false
  }
  return {
    new: after.filter(f => !had.has(key(f))).filter(keep).map(ref),
    resolved: before.filter(f => !has.has(key(f))).filter(keep).map(ref),
    hidden,
  }
}
