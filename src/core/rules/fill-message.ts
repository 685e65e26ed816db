// Fills a pack message's {placeholders} with a finding's facts in one language.
import type {Lang} from '../../i18n/catalog.js'
import {t} from '../../i18n/index.js'
import type {Fact} from './types.js'

/** How many items of a list a message names; the rest are counted (the finding's data keeps them all). */
export const LIST_ITEMS_NAMED = 10

function show(v: Fact, lang: Lang): string {
  if (Array.isArray(v)) {
    const sep = lang === 'zh' ? '、' : ', '
    if (v.length <= LIST_ITEMS_NAMED) return v.join(sep)
    return t(lang, 'check.listMore', {items: v.slice(0, LIST_ITEMS_NAMED).join(sep), more: v.length - LIST_ITEMS_NAMED})
  }
  if (typeof v === 'object') return v[lang]
  return String(v)
}

/** The longest filled message: the pack bounds a template's length and placeholders, this the facts' share. */
export const MAX_MESSAGE_LENGTH = 4000

/** A placeholder with no fact stays as written, so a mistyped one is visible rather than silently empty. */
export function fillMessage(template: string, facts: Record<string, Fact>, lang: Lang): string {
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(facts, name) ? show(facts[name], lang) : whole))
  return filled.length <= MAX_MESSAGE_LENGTH ? filled : `${filled.slice(0, MAX_MESSAGE_LENGTH - 1)}…`
}
