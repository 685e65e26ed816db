// Human output of `yunwang ipv6`: a summary, then one table per section, in table, csv or markdown form.
import {terminalLines} from './escape/terminal-text.js'
import type {Ipv6Result} from '../core/ipv6/compute-ipv6-readiness.js'
import {type KeyAfter, type Lang, labelFor, t} from '../i18n/index.js'
import {moreLine} from './row-limit.js'
import {Rate, type Tabular, type TabularFormat, percent, renderTabular} from './tabular.js'
import type {NamedTable} from './xlsx.js'

export type Ipv6Section = 'groups' | 'systems' | 'blockers' | 'addresses' | 'overlaps' | 'conflicts'
export const IPV6_SECTIONS = ['groups', 'systems', 'blockers', 'addresses', 'overlaps', 'conflicts'] as const

/** How many ids a blocker or overlap row names in a table before it says how many there are in all (csv names all). */
const IDS_SHOWN = 8

/** A machine reason `code` or `code:id` in words. */
export function reasonText(reason: string, lang: Lang): string {
  const colon = reason.indexOf(':')
  const code = colon === -1 ? reason : reason.slice(0, colon)
  return labelFor(lang, 'ipv6.reason.', code, {id: colon === -1 ? '' : reason.slice(colon + 1)})
}

function idList(ids: string[], format: TabularFormat, lang: Lang): string {
  if (format === 'csv' || ids.length <= IDS_SHOWN) return ids.join(' ')
  return `${ids.slice(0, IDS_SHOWN).join(' ')} ${t(lang, 'ipv6.more', {count: ids.length})}`
}

/** How many rows a section has in all: one per record it lists. */
function sectionCount(r: Ipv6Result, section: Ipv6Section): number {
  switch (section) {
    case 'groups': return r.groups?.length ?? 0
    case 'systems': return r.systems.length
    case 'blockers': return r.blockers.length
    case 'addresses': return r.addressProblems.length
    case 'overlaps': return r.conflictGroups.length
    case 'conflicts': return r.conflicts.length
  }
}

/**
 * One section's table, its first `limit` rows only: each row costs a translation or two, and a national
 * inventory has 100,000 systems of which a screen shows twenty.
 */
function sectionTable(r: Ipv6Result, section: Ipv6Section, format: TabularFormat, lang: Lang, limit = Number.POSITIVE_INFINITY): Tabular {
  const first = <T>(list: readonly T[]): readonly T[] => (list.length <= limit ? list : list.slice(0, limit))
  const col = (k: KeyAfter<'ipv6.col.'>): string => t(lang, `ipv6.col.${k}`)
  const yesNo = (b: boolean): string => t(lang, b ? 'ipv6.yes' : 'ipv6.no')
  switch (section) {
    case 'groups':
      return {
        header: [col('key'), col('label'), col('ready'), col('partial'), col('blocked'), col('unknown'), col('total'), col('rate')],
        rows: first(r.groups ?? []).map(g => [g.key, g.label, g.ready, g.partial, g.blocked, g.unknown, g.total, new Rate(g.rate)]),
        numeric: [2, 3, 4, 5, 6, 7],
      }
    case 'systems':
      return {
        header: [col('id'), col('status'), col('ipv6Only'), col('reasons')],
        rows: first(r.systems).map(s => [s.id, t(lang, `ipv6.status.${s.status}`), yesNo(s.ipv6OnlyCapable), s.reasons.map(x => reasonText(x, lang)).join(lang === 'zh' ? '；' : '; ')]),
      }
    case 'blockers':
      return {
        header: [col('kind'), col('blocker'), col('blocks'), col('systems')],
        rows: first(r.blockers).map(b => [t(lang, `ipv6.kind.${b.kind}`), b.id, b.blocks, idList(b.systems, format, lang)]),
        numeric: [2],
      }
    case 'addresses':
      return {
        header: [col('id'), col('address'), col('problem')],
        rows: first(r.addressProblems).map(p => [p.system, p.address, t(lang, `ipv6.problem.${p.problem}`)]),
      }
    case 'overlaps':
      return {
        header: [col('prefix'), col('networks'), col('pairs')],
        rows: first(r.conflictGroups).map(g => [g.prefix, idList(g.networks, format, lang), g.pairs]),
        numeric: [2],
      }
    case 'conflicts':
      return {
        header: [col('networkA'), col('prefixA'), col('networkB'), col('prefixB'), col('relevant')],
        rows: first(r.conflicts).map(c => [c.a, c.prefixA, c.b, c.prefixB, yesNo(c.relevant)]),
      }
  }
}

/** Said when the pair list is capped: how many of all the pairs it shows. */
export function conflictsListed(r: Pick<Ipv6Result, 'conflicts' | 'conflictCount'>, lang: Lang): string {
  return t(lang, 'ipv6.conflictsListed', {listed: r.conflicts.length, total: r.conflictCount})
}

/** The workbook's sheets: each section's table (--section: that one), every row, every id. */
export function ipv6Sheets(r: Ipv6Result, o: {lang: Lang; section?: Ipv6Section}): NamedTable[] {
  const sections = o.section ? [o.section] : IPV6_SECTIONS.filter(s => s !== 'groups' || r.groups)
  return sections.map(s => ({name: t(o.lang, `sheet.ipv6.${s}`), ...sectionTable(r, s, 'csv', o.lang)}))
}

export function renderIpv6(r: Ipv6Result, o: {lang: Lang; format: TabularFormat; section?: Ipv6Section; limit?: number}): string {
  const {lang, format} = o
  // CSV is one table: the chosen section, else the groups when grouped, else the systems.
  if (format === 'csv') return renderTabular(sectionTable(r, o.section ?? (r.groups ? 'groups' : 'systems'), format, lang), format)
  const sections = o.section ? [o.section] : IPV6_SECTIONS.filter(s => s !== 'groups' || r.groups)
  const out: string[] = [
    t(lang, 'ipv6.summary', {rate: percent(r.rate), inScope: r.inScope, ...r.counts}),
    t(lang, 'ipv6.onlyCapable', {count: r.ipv6OnlyCapable.count, rate: percent(r.ipv6OnlyCapable.rate)}),
    t(lang, 'ipv6.excluded', r.excluded),
  ]
  if (r.conflictCount > 0) out.push(t(lang, 'ipv6.conflictSummary', {pairs: r.conflictCount, groups: r.conflictGroups.length}))
  if (r.warnings.some(w => w.code === 'EMPTY_SCOPE')) out.push(t(lang, 'ipv6.emptyScope'))
  for (const s of sections) {
    const count = sectionCount(r, s)
    const table = sectionTable(r, s, format, lang, o.limit)
    out.push('', format === 'markdown' ? `## ${t(lang, `ipv6.section.${s}`)}` : t(lang, `ipv6.section.${s}`), '')
    if (count === 0) {
      out.push(t(lang, 'ipv6.none'))
      continue
    }
    out.push(renderTabular(table, format).trimEnd(), ...moreLine(count - table.rows.length, lang))
    if (s === 'conflicts' && r.conflictCount > r.conflicts.length) out.push('', conflictsListed(r, lang))
  }
  return terminalLines(out.join('\n') + '\n')
}
