// Measurements against the pack: an indicator the pack does not declare, and a rate above 1 (a value, or a
// numerator above its denominator), are input problems at the record that says so.
import {type Problem, problem} from '../errors.js'
import type {Inventory} from '../inventory/model.js'
import type {Policy} from '../policy/model.js'
import {nearest} from '../text/nearest.js'

export function checkMeasurements(inv: Inventory, policy: Policy): Problem[] {
  const unit = new Map<string, 'rate' | 'count'>()
  for (const t of [...policy.targets, ...(policy.scoped?.targets ?? [])]) if (t.metric === 'reported' && t.indicator) unit.set(t.indicator, t.unit)
  const known = [...unit.keys()].sort()
  const out: Problem[] = []
  for (const m of inv.measurements) {
    const u = unit.get(m.indicator)
    if (u === undefined) {
      const near = nearest(m.indicator, known)
      out.push(problem('UNKNOWN_INDICATOR', m.at.file, `${m.at.pointer}/indicator`, {id: m.indicator, allowed: known, ...(near ? {near} : {})}))
    } else if (u === 'rate' && m.value !== undefined && m.value > 1) {
      out.push(problem('MEASUREMENT_RANGE', m.at.file, `${m.at.pointer}/value`, {indicator: m.indicator, value: m.value}))
    } else if (u === 'rate' && m.numerator !== undefined && m.denominator !== undefined && m.numerator > m.denominator) {
      out.push(problem('MEASUREMENT_RANGE', m.at.file, `${m.at.pointer}/numerator`, {indicator: m.indicator, value: `${m.numerator}/${m.denominator}`}))
    }
  }
  return out
}
