// A built inventory updated for files of systems that changed, without building it again: what a history
// needs when a few files change from one commit to the next. It answers only when the result is the one
// buildInventory would give without a problem; anything it cannot vouch for (a duplicate id, a reference
// that does not resolve, a removed system still depended on) is left to a full build, which reports it.
import type {Position} from '../errors.js'
import type {Inventory, SystemRecord} from './model.js'

/** The systems of one SystemInventory file without problems, normalized, in file order. */
export interface FileSystems {
  file: string
  systems: SystemRecord[]
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * `prev` with the systems of `removed` taken out and those of `added` put in (a changed file is in both);
 * `files` is the new list of files. Undefined when a full build is needed. `prev` is given up either way:
 * its id and origin maps are updated in place (copying them for every commit of a long history of a
 * large inventory would cost more than the rest of the update).
 */
export function updateInventory(prev: Inventory, removed: readonly FileSystems[], added: readonly FileSystems[], files: string[]): Inventory | undefined {
  const gone = new Set<string>()
  for (const f of removed) for (const s of f.systems) gone.add(s.id)
  const system = prev.system as Map<string, SystemRecord>
  const origin = prev.origin as Map<string, Position>
  for (const id of gone) {
    system.delete(id)
    origin.delete(`system:${id}`)
  }
  const fresh: SystemRecord[] = []
  for (const f of added) {
    f.systems.forEach((s, i) => {
      fresh.push(s)
      if (system.has(s.id)) return
      system.set(s.id, s)
      origin.set(`system:${s.id}`, {file: f.file, pointer: `/systems/${i}`} satisfies Position)
    })
  }
  // A duplicate id (within the new files or with an unchanged one): the full build names both places.
  if (fresh.some(s => system.get(s.id) !== s)) return undefined
  for (const s of fresh) {
    if (!prev.node.has(s.hosting.node)) return undefined
    if (s.networks.some(n => !prev.network.has(n))) return undefined
    if (s.dependsOn.some(d => d.system === s.id || !system.has(d.system))) return undefined
    const target = s.migration?.targetNode
    if (target !== undefined && !prev.node.has(target)) return undefined
  }
  const left = [...gone].filter(id => !system.has(id))
  if (left.length > 0) {
    // A system that is gone: nothing that stays may depend on it.
    const missing = new Set(left)
    for (const s of system.values()) if (s.dependsOn.some(d => missing.has(d.system))) return undefined
  }
  return {...prev, systems: merge(prev.systems.filter(s => !gone.has(s.id)), fresh.sort((a, b) => cmp(a.id, b.id))), system, origin, files}
}

/** Two lists sorted by id, merged. */
function merge(a: readonly SystemRecord[], b: readonly SystemRecord[]): SystemRecord[] {
  const out: SystemRecord[] = new Array(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length && j < b.length) out[k++] = a[i].id <= b[j].id ? a[i++] : b[j++]
  while (i < a.length) out[k++] = a[i++]
  while (j < b.length) out[k++] = b[j++]
  return out
}
