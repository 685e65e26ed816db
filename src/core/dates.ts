// Calendar arithmetic on YYYY-MM-DD strings, in UTC so that results never depend on the time zone.
import {YunwangError} from './errors.js'

/** The last day a YYYY-MM-DD string can name; inputs are checked against the same four digits. */
export const LAST_DATE = '9999-12-31'

export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  const out = d.toISOString()
  // Past year 9999 toISOString writes "+010000-…": a malformed date in every output, so stop here.
  if (out.length !== 24) throw new YunwangError('DATE_OUT_OF_RANGE', {date, days})
  return out.slice(0, 10)
}

/** The first Monday on or after `date`: a plan's natural first day. */
export function mondayOnOrAfter(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return addDays(date, (8 - weekday) % 7)
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}
