// When the plan is longer than the lower bound, what held its last wave back: for each group there, the
// chain of groups it waited for, down to the first one that was ready earlier and did not fit (a full
// wave), or was released late (pin, notBefore), or needed a wave of its own.
import type {HeldBack, MoveGroup} from './model.js'
import type {Schedule} from './schedule-waves.js'

const SHOWN = 10

export function findHeldBack(groups: MoveGroup[], schedule: Schedule): HeldBack[] {
  const last = schedule.lastWave
  const out: HeldBack[] = []
  const inLast = groups.filter(g => schedule.wave[g.index] === last).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.index - b.index))
  for (const g of inLast.slice(0, SHOWN)) {
    let cur = g.index
    const seen = new Set<number>()
    // Follow the dependency that arrived last while it sits in the same wave.
    for (;;) {
      const t = schedule.trace[cur]
      seen.add(cur)
      if (t.oversize) {
        out.push({group: g.id, wave: last, kind: 'oversize', detail: groups[cur].id})
        break
      }
      if (t.wave > t.readyWave) {
        out.push({group: g.id, wave: last, kind: 'capacity', detail: cur === g.index ? `${t.readyWave}-${t.wave - 1}` : groups[cur].id})
        break
      }
      if (t.waitedFor && t.waitedFor.wave === t.wave && !seen.has(t.waitedFor.group)) {
        cur = t.waitedFor.group
        continue
      }
      if (t.releaseBy && t.release === t.wave) {
        out.push({group: g.id, wave: last, kind: t.releaseBy, detail: groups[cur].id})
        break
      }
      out.push({group: g.id, wave: last, kind: 'dependency', detail: groups[cur].id})
      break
    }
  }
  return out
}
