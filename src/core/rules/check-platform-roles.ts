// Shared-platform roles against the pack: a system that `provides` a role the pack does not name is
// an input problem at that role, so a misspelt role never silently leaves SVC-003 or DATA-001 unmet.
import {type Problem, problem} from '../errors.js'
import type {Inventory} from '../inventory/model.js'
import type {Policy} from '../policy/model.js'
import {nearest} from '../text/nearest.js'

export function checkPlatformRoles(inv: Inventory, policy: Policy): Problem[] {
  const known = policy.platformRoles.map(r => r.id).sort()
  const knownSet = new Set(known)
  const out: Problem[] = []
  for (const s of inv.systems) {
    // Most systems provide no role, or only known ones: their place is looked up only for a problem.
    if (s.provides.every(role => knownSet.has(role))) continue
    const at = inv.origin.get(`system:${s.id}`)
    if (!at) continue
    s.provides.forEach((role, j) => {
      if (knownSet.has(role)) return
      const near = nearest(role, known)
      out.push(problem('UNKNOWN_ROLE', at.file, `${at.pointer}/provides/${j}`, {id: role, allowed: known.length > 0 ? known : ['(none)'], ...(near ? {near} : {})}))
    })
  }
  return out
}
