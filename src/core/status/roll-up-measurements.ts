// A reported indicator's value from its Measurements: the overall record of the latest month not after
// the evaluation month; else, when every record of that month has a numerator and a denominator, their
// sums; else no data. Per department or region: that subject's latest record.
import {cityGroupOfRegion} from '../inventory/city-group.js'
import type {MeasurementRecord} from '../inventory/model.js'
import type {StatusBy} from './model.js'

export interface RolledUp {
  value: number
  numerator: number | null
  denominator: number | null
  period: string
  /** The denominator (or sum of denominators) was 0: the value is taken as 1. */
  empty: boolean
}

function figure(numerator: number | undefined, denominator: number | undefined, value: number | undefined, period: string): RolledUp {
  if (numerator !== undefined && denominator !== undefined) {
    return {value: denominator === 0 ? 1 : numerator / denominator, numerator, denominator, period, empty: denominator === 0}
  }
  return {value: value ?? 0, numerator: null, denominator: null, period, empty: false}
}

/** `records` are one indicator's; `month` is YYYY-MM. */
export function rollUpMeasurements(records: readonly MeasurementRecord[], month: string): RolledUp | null {
  let latest = ''
  for (const m of records) if (m.period <= month && m.period > latest) latest = m.period
  if (latest === '') return null
  const of = records.filter(m => m.period === latest)
  const overall = of.find(m => m.department === undefined && m.region === undefined)
  if (overall) return figure(overall.numerator, overall.denominator, overall.value, latest)
  if (!of.every(m => m.numerator !== undefined && m.denominator !== undefined)) return null
  const numerator = of.reduce((n, m) => n + m.numerator!, 0)
  const denominator = of.reduce((n, m) => n + m.denominator!, 0)
  return figure(numerator, denominator, undefined, latest)
}

/**
 * Per city: the latest month not after `month` with a record for the city or one of its counties; the city's
 * own record of that month, else the sums of its counties' records when each has numerator and denominator.
 */
function groupByCity(records: readonly MeasurementRecord[], month: string): Map<string, RolledUp> {
  const perCity = new Map<string, MeasurementRecord[]>()
  for (const m of records) {
    if (m.region === undefined || m.department !== undefined || m.period > month) continue
    const city = cityGroupOfRegion(m.region)
    const list = perCity.get(city)
    if (list) list.push(m)
    else perCity.set(city, [m])
  }
  const out = new Map<string, RolledUp>()
  for (const [city, list] of perCity) {
    const latest = list.reduce((p, m) => (m.period > p ? m.period : p), '')
    const of = list.filter(m => m.period === latest)
    const own = of.find(m => m.region === city)
    if (own) out.set(city, figure(own.numerator, own.denominator, own.value, latest))
    else if (of.every(m => m.numerator !== undefined && m.denominator !== undefined)) {
      out.set(city, figure(of.reduce((n, m) => n + m.numerator!, 0), of.reduce((n, m) => n + m.denominator!, 0), undefined, latest))
    }
  }
  return out
}

/** Each department's (or region's, or city's) latest record not after `month`, keyed by the department name or region code. */
export function groupMeasurements(records: readonly MeasurementRecord[], month: string, by: StatusBy): Map<string, RolledUp> {
  if (by === 'city') return groupByCity(records, month)
  const latest = new Map<string, MeasurementRecord>()
  for (const m of records) {
    const key = by === 'department' ? m.department : m.region
    if (key === undefined || m.period > month) continue
    const prev = latest.get(key)
    if (!prev || m.period > prev.period) latest.set(key, m)
  }
  return new Map([...latest].map(([k, m]) => [k, figure(m.numerator, m.denominator, m.value, m.period)]))
}
