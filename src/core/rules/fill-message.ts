// Fills a pack message's {placeholders} with a finding's facts in one language.
import type {Lang} from '../../i18n/catalog.js'
import type {Fact} from './types.js'

function show(v: Fact, lang: Lang): string {
  if (Array.isArray(v)) return v.join(lang === 'zh' ? '、' : ', ')
  if (typeof v === 'object') return v[lang]
  return String(v)
}

/** A placeholder with no fact stays as written, so a mistyped one is visible rather than silently empty. */
export function fillMessage(template: string, facts: Record<string, Fact>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(facts, name) ? show(facts[name], lang) : whole))
}
