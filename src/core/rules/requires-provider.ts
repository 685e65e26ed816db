// The one engine for declarative `requires-provider` rules (SVC-003, DATA-001 and any a pack adds):
// the systems a rule applies to must have their dependencies of one kind go to a shared platform.
import type {SystemRecord} from '../inventory/model.js'
import type {AppliesTo, ProviderRequirement} from '../policy/model.js'
import {type RuleFunction, type RuleHit, checkEach, inScopeSystems} from './types.js'

/** Whether an in-scope system is one the rule applies to: every key of an object form must hold. */
function appliesTo(a: AppliesTo): (s: SystemRecord) => boolean {
  if (a === 'all') return () => true
  if (a === 'service-systems') return s => s.serviceSystem
  return s =>
    (a.mlps === undefined || (s.mlps ?? 0) >= a.mlps) &&
    (a.serviceSystem === undefined || s.serviceSystem === a.serviceSystem) &&
    (a.cii === undefined || s.cii === a.cii) &&
    (a.level === undefined || a.level.includes(s.level))
}

/**
 * Subjects are the in-scope systems the rule applies to, except those that provide the role themselves
 * (the platform need not depend on itself). A provider is a system, not retired, whose `provides` lists
 * the role. Only dependencies written with the rule's kind count; with `crossDepartment`, only those on
 * another department's system. `some`: fires when none of them goes to a provider. `every`: fires when
 * any goes elsewhere, naming those systems — a classified one only counted (`classified`), unless
 * `includeClassified`, so that a finding about one system never names another that is classified.
 */
export function requiresProvider(req: ProviderRequirement): RuleFunction {
  const applies = appliesTo(req.appliesTo)
  const isProvider = (t: SystemRecord) => t.status !== 'retired' && t.provides.includes(req.role)
  return ctx => {
    const role = ctx.platformRoles?.get(req.role) ?? {zh: req.role, en: req.role}
    const subjects = inScopeSystems(ctx).filter(s => applies(s) && !s.provides.includes(req.role))
    return checkEach(ctx, 'system', subjects, s => s.id, (s): Omit<RuleHit, 'subject'> | undefined => {
      if (req.require === 'some') {
        for (const d of s.dependsOn) {
          const t = d.kind === req.dependency ? ctx.inv.system.get(d.system) : undefined
          if (t && !(req.crossDepartment && t.department === s.department) && isProvider(t)) return undefined
        }
        return {department: s.department, data: {name: s.name, id: s.id, department: s.department, role: req.role, dependency: req.dependency}, words: {role}}
      }
      // The dependencies of the kind that go elsewhere, each system once (most systems have none).
      let elsewhere: SystemRecord[] | undefined
      for (const d of s.dependsOn) {
        if (d.kind !== req.dependency) continue
        const t = ctx.inv.system.get(d.system)
        if (!t || (req.crossDepartment && t.department === s.department) || isProvider(t)) continue
        if (!elsewhere) elsewhere = [t]
        else if (!elsewhere.includes(t)) elsewhere.push(t)
      }
      if (elsewhere === undefined) return undefined
      elsewhere.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      const named = elsewhere.filter(t => ctx.includeClassified || !t.classified)
      return {
        department: s.department,
        data: {
          name: s.name, id: s.id, department: s.department, role: req.role, dependency: req.dependency,
          count: elsewhere.length, systems: named.map(t => t.id), classified: elsewhere.length - named.length,
        },
        words: {role, systems: named.length > 0 ? named.map(t => t.name) : '—'},
      }
    })
  }
}
