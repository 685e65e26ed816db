// Period ends, UTC+8 dates and which commit a period reads: the calendar rules of `trend`, by hand.
import {describe, expect, it} from 'vitest'
import {chinaDate, commitsAt, defaultSince, isTrendMonth, periodEnds} from '../../../src/core/trend/period-ends.js'

describe('periodEnds', () => {
  it('gives month ends up to the evaluation date, the last one cut at it', () => {
    expect(periodEnds('2025-11', 'month', '2026-02-10')).toEqual(['2025-11-30', '2025-12-31', '2026-01-31', '2026-02-10'])
    expect(periodEnds('2024-02', 'month', '2024-03-31')).toEqual(['2024-02-29', '2024-03-31'])
  })

  it('gives the ends of the calendar quarters holding --since and after', () => {
    expect(periodEnds('2025-05', 'quarter', '2026-01-15')).toEqual(['2025-06-30', '2025-09-30', '2025-12-31', '2026-01-15'])
    expect(periodEnds('2025-12', 'quarter', '2025-12-31')).toEqual(['2025-12-31'])
  })

  it('gives nothing when --since is after the evaluation date', () => {
    expect(periodEnds('2026-03', 'month', '2026-02-28')).toEqual([])
  })
})

describe('chinaDate', () => {
  it('reads a committer time as a calendar date in UTC+8', () => {
    // 2026-01-31T15:30Z = 23:30 in Beijing; 2026-01-31T16:30Z = 00:30 on 1 February.
    expect(chinaDate(Date.UTC(2026, 0, 31, 15, 30) / 1000)).toBe('2026-01-31')
    expect(chinaDate(Date.UTC(2026, 0, 31, 16, 30) / 1000)).toBe('2026-02-01')
  })
})

describe('commitsAt', () => {
  it('takes the newest commit (history order) dated on or before each end, even when dates are out of order', () => {
    // Newest first: the second commit is dated before its parent (a rebase); at 2026-02-28 it is still
    // the newest commit in history order dated by then, so its older-in-history parent (02-10) is not read.
    const dates = ['2026-03-05', '2026-01-20', '2026-02-10', '2026-01-05']
    expect(commitsAt(['2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31'], dates)).toEqual([-1, 1, 1, 0])
  })
})

describe('--since', () => {
  it('accepts YYYY-MM only, and defaults to eleven months before the evaluation month', () => {
    expect(['2026-01', '1900-01', '9999-12'].map(isTrendMonth)).toEqual([true, true, true])
    expect(['2026-13', '2026-00', '2026-1', '26-01', '2026-01-01', '1899-12'].map(isTrendMonth)).toEqual([false, false, false, false, false, false])
    expect(defaultSince('2026-12-02')).toBe('2026-01')
    expect(defaultSince('2026-03-31')).toBe('2025-04')
  })
})
