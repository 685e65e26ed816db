// A saved plan narrowed to a slice before it is compared with today: each wave keeps the slice's
// systems (wave numbers unchanged), a wave with none is left out. A system no longer in the inventory has
// no region to go by, so it counts only in a province slice.
import type {BaselinePlan} from '../status/model.js'
import type {SliceMembers} from './slice-members.js'

export function sliceBaseline(baseline: BaselinePlan, m: SliceMembers): BaselinePlan {
  if (m.all) return baseline
  return {
    ...baseline,
    waves: baseline.waves.map(w => ({...w, systems: w.systems.filter(s => m.systems.has(s.id))})).filter(w => w.systems.length > 0),
  }
}
