import {describe, expect, it} from 'vitest'
import {monthsLeft, targetProgress} from '../../../src/core/adoption/adoption-target.js'

const TARGET = {id: 'adoption', rate: 1, by: '2025-12-31'}

describe('targetProgress', () => {
  it('counts the months left with the current one, and the pace rounded up', () => {
    expect(monthsLeft('2025-06-15', '2025-12-31')).toBe(7)
    expect(monthsLeft('2025-12-31', '2025-12-31')).toBe(1)
    expect(monthsLeft('2024-12-01', '2025-12-31')).toBe(13)
    expect(targetProgress(TARGET, {onCloud: 3, total: 8}, '2025-06-30')).toEqual({
      id: 'adoption', rate: 1, by: '2025-12-31', short: 5, met: false, passed: false, monthsLeft: 7, perMonth: 1,
    })
    expect(targetProgress(TARGET, {onCloud: 10, total: 100}, '2025-10-01')).toMatchObject({short: 90, monthsLeft: 3, perMonth: 30})
  })

  it('on the target day it is not yet passed; the day after it is', () => {
    expect(targetProgress(TARGET, {onCloud: 3, total: 8}, '2025-12-31')).toMatchObject({passed: false, perMonth: 5, monthsLeft: 1})
    expect(targetProgress(TARGET, {onCloud: 3, total: 8}, '2026-01-01')).toMatchObject({passed: true, short: 5, perMonth: null, monthsLeft: 0})
  })

  it('a met target needs no pace', () => {
    expect(targetProgress(TARGET, {onCloud: 8, total: 8}, '2025-06-30')).toMatchObject({short: 0, met: true, perMonth: null})
    expect(targetProgress(TARGET, {onCloud: 0, total: 0}, '2026-06-30')).toMatchObject({short: 0, met: true})
  })

  it('a partial target rounds the systems needed up, without floating-point noise', () => {
    expect(targetProgress({...TARGET, rate: 0.9}, {onCloud: 8, total: 10}, '2025-06-30').short).toBe(1)
    expect(targetProgress({...TARGET, rate: 0.9}, {onCloud: 9, total: 10}, '2025-06-30').short).toBe(0)
    expect(targetProgress({...TARGET, rate: 0.95}, {onCloud: 0, total: 7}, '2025-06-30').short).toBe(7)
  })
})
