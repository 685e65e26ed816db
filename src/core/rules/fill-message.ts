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

/** A template cut at its placeholders once: even parts are text, odd parts placeholder names. */
const compiled = new Map<string, string[]>()
function partsOf(template: string): string[] {
  let parts = compiled.get(template)
  if (parts) return parts
  parts = []
  const placeholder = /\{(\w+)\}/g
  let last = 0
  for (let m = placeholder.exec(template); m !== null; m = placeholder.exec(template)) {
    parts.push(template.slice(last, m.index), m[1])
    last = m.index + m[0].length
  }
  parts.push(template.slice(last))
  compiled.set(template, parts)
  return parts
}

/** A placeholder with no fact stays as written, so a mistyped one is visible rather than silently empty. */
export function fillMessage(template: string, facts: Record<string, Fact>, lang: Lang): string {
  return fillFinding(template, facts, undefined, lang)
}

/**
 * fillMessage with the facts in two records, `words` first (as `{...data, ...words}` would merge them,
 * without building that object for each of a million findings).
 */
export function fillFinding(template: string, data: Record<string, Fact>, words: Record<string, Fact> | undefined, lang: Lang): string {
  const parts = partsOf(template)
  let filled = parts[0]
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k]
    if (words !== undefined && Object.hasOwn(words, name)) filled += show(words[name], lang)
    else if (Object.hasOwn(data, name)) filled += show(data[name], lang)
    else filled += `{${name}}`
    filled += parts[k + 1]
  }
  return filled.length <= MAX_MESSAGE_LENGTH ? filled : `${filled.slice(0, MAX_MESSAGE_LENGTH - 1)}…`
}
