import {describe, expect, it} from 'vitest'
import {rankByRate} from '../../../src/core/league/rank-by-rate.js'

const row = (numerator: number, denominator: number, competes = true) => ({numerator, denominator, competes})

describe('rankByRate', () => {
  it('ranks highest first; equal fractions share a place and the next place is skipped (1, 1, 3)', () => {
    expect(rankByRate([row(1, 3), row(2, 2), row(5, 5), row(0, 4)])).toEqual([3, 1, 1, 4])
  })
  it('compares fractions exactly: 1/3 and 2/6 tie, 1/10·3 and 3/10 tie although their floats differ', () => {
    expect(0.1 * 3).not.toBe(0.3)
    expect(rankByRate([row(2, 6), row(1, 3), row(3, 10), row(30, 100)])).toEqual([1, 1, 3, 3])
  })
  it('gives no place to a row without data or one that does not compete, and they take no place from others', () => {
    expect(rankByRate([row(0, 0), row(1, 2), row(9, 9, false), row(1, 1)])).toEqual([null, 2, null, 1])
  })
  it('ranks nothing in an empty table', () => {
    expect(rankByRate([])).toEqual([])
  })
})
