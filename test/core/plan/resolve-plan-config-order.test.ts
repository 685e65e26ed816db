import {describe, expect, it} from 'vitest'
import {resolvePlanConfig} from '../../../src/core/plan/resolve-plan-config.js'

describe('resolvePlanConfig', () => {
  it('puts blackouts in date order whatever the order they were written in', () => {
    const late = {from: '2027-10-01', to: '2027-10-08', reason: '国庆'}
    const early = {from: '2027-02-01', to: '2027-02-20', reason: '春节'}
    const sameStart = {from: '2027-02-01', to: '2027-02-10'}
    const a = resolvePlanConfig({apiVersion: 'yunwang/v1', kind: 'PlanConfig', blackouts: [late, early, sameStart]}, {}, '2026-06-30')
    const b = resolvePlanConfig(undefined, {blackouts: [sameStart, late, early]}, '2026-06-30')
    expect(a.blackouts).toEqual([sameStart, early, late])
    expect(b.blackouts).toEqual(a.blackouts)
  })
})
