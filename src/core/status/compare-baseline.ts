// A committed plan against today's inventory: for each wave due by the evaluation date, how many of its
// systems were planned, how many arrived (a move: now on a one-cloud node; a decommission: retired or
// gone), and which slipped — classified systems counted, never named, unless asked for.
import type {Inventory} from '../inventory/model.js'
import {type OneCloudDefinition, isOnCloud} from '../inventory/scope.js'
import type {BaselinePlan, BaselineWave} from './model.js'

export interface BaselineSummary {
  /** Waves in the baseline. */
  waves: number
  /** Waves due (ending on or before the evaluation date). */
  due: number
  planned: number
  done: number
  slipped: number
}

export function compareBaseline(inv: Inventory, baseline: BaselinePlan, o: {asOf: string; oneCloud: OneCloudDefinition; includeClassified: boolean}): {waves: BaselineWave[]; summary: BaselineSummary} {
  const waves: BaselineWave[] = []
  for (const w of [...baseline.waves].sort((a, b) => a.index - b.index)) {
    if (w.end > o.asOf) continue
    let done = 0
    let slippedClassified = 0
    const slipped: string[] = []
    for (const planned of w.systems) {
      const s = inv.system.get(planned.id)
      const decommission = planned.action === 'decommission' || planned.to === null
      // A system that has left service has nothing left to move.
      const arrived = s === undefined ? decommission : s.status === 'retired' || (!decommission && isOnCloud(inv, s, o.oneCloud))
      if (arrived) done++
      else if (s?.classified && !o.includeClassified) slippedClassified++
      else slipped.push(planned.id)
    }
    waves.push({index: w.index, start: w.start, end: w.end, planned: w.systems.length, done, slipped: slipped.sort(), slippedClassified})
  }
  const sum = (f: (w: BaselineWave) => number) => waves.reduce((n, w) => n + f(w), 0)
  return {
    waves,
    summary: {waves: baseline.waves.length, due: waves.length, planned: sum(w => w.planned), done: sum(w => w.done), slipped: sum(w => w.slipped.length + w.slippedClassified)},
  }
}
