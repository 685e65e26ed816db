// Human output of `trend`: one row per period (its end, the commit read, each indicator), the headline
// indicator's change on the previous period; with --by, one row per group and one column per period.
import type {TrendIndicator, TrendPeriod, TrendResult} from '../core/trend/model.js'
import {type Lang, isMessageKey, t} from '../i18n/index.js'
import {terminalText} from './escape/terminal-text.js'
import {firstRows, moreLine} from './row-limit.js'
import {figureText} from './status.js'
import {type TabularFormat, renderTabular} from './tabular.js'

const DASH = '—'

/** The indicator whose change on the previous period gets a column: the adoption rate where the pack has it. */
export function headlineIndicator(r: Pick<TrendResult, 'indicatorList'>): string | undefined {
  return r.indicatorList.find(x => x.id === 'adoptionRate')?.id ?? r.indicatorList[0]?.id
}

/** A column header: the short name of a computed indicator, else the pack's name of a reported one, else its id. */
export function indicatorHeader(id: string, lang: Lang, list: readonly TrendIndicator[] = []): string {
  const key = `trend.indicator.${id}`
  return isMessageKey(key) ? t(lang, key) : list.find(x => x.id === id)?.name ?? id
}

/** Percentage points, signed, one decimal: "+2.5", "−0.8", "0.0". */
export function pointsText(delta: number): string {
  const v = Math.round(delta * 1000) / 10
  return v > 0 ? `+${v.toFixed(1)}` : v < 0 ? `−${Math.abs(v).toFixed(1)}` : '0.0'
}

function errorText(p: TrendPeriod, lang: Lang): string {
  return p.error ? t(lang, 'trend.error', {...p.error, file: terminalText(p.error.file)}) : ''
}

/**
 * The summary line and the table. With --by, departments or regions worst first (lowest last value, then
 * the smallest change), at most `limit` of them in table and Markdown (CSV holds them all).
 */
export function renderTrend(r: TrendResult, format: TabularFormat, lang: Lang, rev: string, limit = Number.POSITIVE_INFINITY): string {
  const short = (c: string) => (format === 'csv' ? c : c.slice(0, 7))
  const summary = r.periods.length === 0
    ? t(lang, 'trend.none', {since: r.since, asOf: r.asOf, first: r.first ?? DASH})
    : t(lang, 'trend.summary', {since: r.since, every: t(lang, `trend.every.${r.every}`), periods: r.periods.length, commits: new Set(r.periods.map(p => p.commit)).size, rev: terminalText(rev), asOf: r.asOf})
  const anyError = r.periods.some(p => p.error)
  let tabular
  let more = 0
  if (r.by !== null && r.indicator !== null) {
    const unit = r.indicatorList.find(x => x.id === r.indicator)?.unit ?? 'rate'
    const keys = [...new Set(r.periods.flatMap(p => Object.keys(p.groups ?? {})))].sort()
    const header = [`${t(lang, 'trend.col.group')} · ${indicatorHeader(r.indicator, lang, r.indicatorList)}`, ...r.periods.map(p => p.end)]
    if (r.periods.length > 1) header.push(t(lang, 'trend.col.delta'))
    const last = (k: string) => [...r.periods].reverse().map(p => p.groups?.[k]).filter((v): v is number => v !== undefined)
    const change = (k: string) => {
      const [a, b] = [r.periods.at(-1)?.groups?.[k], r.periods.at(-2)?.groups?.[k]]
      return a !== undefined && b !== undefined ? a - b : 0
    }
    keys.sort((a, b) => (last(a)[0] ?? -1) - (last(b)[0] ?? -1) || change(a) - change(b) || (a < b ? -1 : a > b ? 1 : 0))
    const shown = firstRows(keys, format === 'csv' ? Number.POSITIVE_INFINITY : limit)
    more = shown.more
    const rows = shown.shown.map(k => {
      const values = r.periods.map(p => p.groups?.[k])
      const row: Array<string | number> = [k, ...values.map(v => (v === undefined ? DASH : format === 'csv' ? v : figureText(v, unit)))]
      if (r.periods.length > 1) {
        const [last, before] = [values.at(-1), values.at(-2)]
        row.push(last !== undefined && before !== undefined && unit === 'rate' ? (format === 'csv' ? last - before : pointsText(last - before)) : DASH)
      }
      return row
    })
    tabular = {header, rows, numeric: header.map((_, i) => i).slice(1)}
  } else {
    const ids = r.indicatorList.map(x => x.id)
    const headline = headlineIndicator(r)
    const header = [t(lang, 'trend.col.end'), t(lang, 'trend.col.commit'), ...ids.map(id => indicatorHeader(id, lang, r.indicatorList))]
    if (headline) header.push(`${t(lang, 'trend.col.delta')} · ${indicatorHeader(headline, lang, r.indicatorList)}`)
    if (anyError) header.push(t(lang, 'trend.col.error'))
    let before: number | null = null
    const rows = r.periods.map(p => {
      const row: Array<string | number> = [p.end, short(p.commit) + (p.carried && format !== 'csv' ? t(lang, 'trend.carried') : '')]
      for (const x of r.indicatorList) {
        const v = p.indicators[x.id]
        row.push(v === undefined || v === null ? DASH : format === 'csv' ? v : figureText(v, x.unit))
      }
      if (headline) {
        const v = p.indicators[headline] ?? null
        row.push(v !== null && before !== null ? (format === 'csv' ? v - before : pointsText(v - before)) : DASH)
        if (v !== null) before = v
      }
      if (anyError) row.push(errorText(p, lang))
      return row
    })
    tabular = {header, rows, numeric: ids.map((_, i) => i + 2).concat(headline ? [ids.length + 2] : [])}
  }
  if (format === 'csv') return renderTabular(tabular, 'csv')
  const lines = [format === 'markdown' ? `- ${summary}` : summary]
  if (r.periods.length > 0) lines.push([renderTabular(tabular, format).trimEnd(), ...moreLine(more, lang)].join('\n'))
  return `${lines.join('\n\n')}\n`
}
