// The wave calendar: consecutive windows of `waveDays` from `start`; a window that would overlap
// a blackout starts the day after that blackout ends, and the windows after it follow on from there.
import {addDays} from '../dates.js'
import type {Blackout, ResolvedPlanConfig} from './model.js'

export interface WaveWindow {
  start: string
  end: string
  shiftedBy?: Blackout
}

export interface WaveCalendar {
  /** The window of wave `index` (from 1), computed on demand. */
  window(index: number): WaveWindow
  /** The first wave whose window starts on or after `date`. */
  firstWaveStartingOnOrAfter(date: string): number
}

export function buildWaveCalendar(config: Pick<ResolvedPlanConfig, 'start' | 'waveDays' | 'blackouts'>): WaveCalendar {
  const blackouts = [...config.blackouts].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1))
  const windows: WaveWindow[] = []
  // Windows are placed in order and a start only moves later, so a blackout that ends before the
  // current start never matters again: `next` is the first blackout (by start) not yet passed, and
  // the calendar walks the blackouts once in all rather than once per window.
  let next = 0
  const place = (start: string): WaveWindow => {
    let s = start
    let shiftedBy: Blackout | undefined
    for (;;) {
      while (next < blackouts.length && blackouts[next].to < s) next++
      const e = addDays(s, config.waveDays - 1)
      // Every blackout before `next` ends before s; if the first one left starts after e, so do the rest.
      const b = blackouts[next]
      if (b === undefined || b.from > e) break
      s = addDays(b.to, 1)
      shiftedBy = b
    }
    return {start: s, end: addDays(s, config.waveDays - 1), ...(shiftedBy ? {shiftedBy} : {})}
  }
  const window = (index: number): WaveWindow => {
    while (windows.length < index) {
      const prev = windows[windows.length - 1]
      windows.push(place(prev ? addDays(prev.end, 1) : config.start))
    }
    return windows[index - 1]
  }
  const firstWaveStartingOnOrAfter = (date: string): number => {
    let hi = Math.max(1, windows.length)
    while (window(hi).start < date) hi *= 2
    let lo = 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (window(mid).start < date) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return {window, firstWaveStartingOnOrAfter}
}
