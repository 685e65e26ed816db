// The wave calendar at scale: the windows and the blackouts are each walked once, so a plan with
// hundreds of thousands of blackouts costs linear time (a scan of every blackout per window would not end).
import {describe, expect, it} from 'vitest'
import {addDays} from '../../../src/core/dates.js'
import {buildWaveCalendar} from '../../../src/core/plan/build-wave-calendar.js'
import type {Blackout} from '../../../src/core/plan/model.js'

const everyNthDay = (first: string, n: number, count: number): Blackout[] => {
  const out: Blackout[] = []
  let day = first
  for (let i = 0; i < count; i++) {
    out.push({from: day, to: day})
    day = addDays(day, n)
  }
  return out
}

describe('buildWaveCalendar', () => {
  it('shifts a window past every blackout in its way, the last one named', () => {
    const c = buildWaveCalendar({start: '2027-01-04', waveDays: 5, blackouts: [
      {from: '2027-01-12', to: '2027-01-13', reason: 'b'},
      {from: '2027-01-06', to: '2027-01-07', reason: 'a'},
    ]})
    expect(c.window(1)).toEqual({start: '2027-01-14', end: '2027-01-18', shiftedBy: {from: '2027-01-12', to: '2027-01-13', reason: 'b'}})
    expect(c.window(2)).toEqual({start: '2027-01-19', end: '2027-01-23'})
  })

  it('honours a long blackout that an earlier-starting one is nested in', () => {
    const c = buildWaveCalendar({start: '2027-01-01', waveDays: 3, blackouts: [
      {from: '2027-01-02', to: '2027-01-30'},
      {from: '2027-01-03', to: '2027-01-04'},
      {from: '2027-02-01', to: '2027-02-01'},
    ]})
    expect(c.window(1)).toEqual({start: '2027-02-02', end: '2027-02-04', shiftedBy: {from: '2027-02-01', to: '2027-02-01'}})
    expect(c.window(2)).toEqual({start: '2027-02-05', end: '2027-02-07'})
  })

  it('moves one window past 100,000 blackouts in linear time', () => {
    const blackouts = everyNthDay('2027-01-05', 3, 100_000)
    const c = buildWaveCalendar({start: '2027-01-04', waveDays: 28, blackouts})
    const last = blackouts[blackouts.length - 1]
    expect(c.window(1)).toEqual({start: addDays(last.to, 1), end: addDays(last.to, 28), shiftedBy: last})
  })

  it('places 50,000 windows among 50,000 blackouts without scanning them all for each', () => {
    // One-day waves, a blackout every other day: each wave after the first moves past one blackout into the next gap.
    const blackouts = everyNthDay('2027-01-02', 2, 50_000)
    const c = buildWaveCalendar({start: '2027-01-01', waveDays: 1, blackouts: [...blackouts].reverse()})
    const day = addDays('2027-01-01', 2 * 49_999)
    expect(c.window(50_000)).toEqual({start: day, end: day, shiftedBy: blackouts[49_998]})
    expect(c.firstWaveStartingOnOrAfter(addDays('2027-01-01', 2 * 25_000 - 1))).toBe(25_001)
  })
})
