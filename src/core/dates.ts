// Calendar arithmetic on YYYY-MM-DD strings, in UTC so that results never depend on the time zone.
import {YunwangError} from './errors.js'

/** The last day a YYYY-MM-DD string can name; inputs are checked against the same four digits. */
export const LAST_DATE = '9999-12-31'

/**
 * The first day a date may name: earlier dates mean nothing for an inventory or an evaluation and are
 * almost always typos (0000-01-01, 0202-…), and before 1900 the calendar arithmetic is not worth trusting.
 */
export const FIRST_DATE = '1900-01-01'

/** A real date from FIRST_DATE to LAST_DATE: what --as-of, --start, --blackout and inventory dates accept. */
export function isDateInRange(s: string): boolean {
  return isRealDate(s) && s >= FIRST_DATE && s <= LAST_DATE
}

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
