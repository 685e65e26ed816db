// securityCoverage reads check's findings: a system with a SEC-00x finding is not covered by that
// measure; a measure whose rules did not run is null; stale assessments are listed oldest first.
import {describe, expect, it} from 'vitest'
import type {CheckOutcome} from '../../../src/core/rules/run-check.js'
import {securityCoverage} from '../../../src/core/report/security-coverage.js'
import {makeSimpleInventory} from '../../helpers/build-inventory.js'

const inv = makeSimpleInventory({systems: [
  {id: 'a', department: '甲', mlps: 3, mlpsAssessed: '2025-01-01', cii: true},
  {id: 'b', department: '甲', mlps: 4},
  {id: 'c', department: '乙', mlps: 2, cii: true},
  {id: 'd', department: '乙', mlps: 3, status: 'retired'},
  {id: 'e', department: '丙', mlps: 3, classified: true},
]})

function outcome(ran: string[], hits: Array<[string, string]>): CheckOutcome {
  return {
    findings: hits.map(([rule, id]) => ({rule, pack: 'jiangsu', severity: 'warning', subject: {kind: 'system', id}, department: null, message: '', source: '', title: '', hint: '', data: {}})),
    summary: {critical: 0, error: 0, warning: hits.length, info: 0},
    departments: [],
    rules: ran.map(rule => ({rule, severity: 'warning', subject: 'system', title: '', source: '', checked: 0, subjects: [], findings: 0})),
    disabled: [],
    notInPack: [],
    departmentsWithheld: {fail: 0, warn: 0},
  }
}

const ALL = ['SEC-003', 'SEC-004', 'SEC-005', 'SEC-006', 'SEC-007', 'SEC-008']

describe('securityCoverage', () => {
  it('counts in-scope level-3+ and CII systems, covered unless a rule of the measure found them', () => {
    const r = securityCoverage(inv, outcome(ALL, [['SEC-005', 'a'], ['SEC-005', 'b'], ['SEC-003', 'b'], ['SEC-008', 'c']]), {asOf: '2026-06-30', includeClassified: false})
    expect(r.total).toEqual({mlps: {covered: 0, total: 2}, crypto: {covered: 1, total: 2}, dr: {covered: 2, total: 2}, cii: {covered: 1, total: 2}})
    expect(r.departments.map(d => d.department)).toEqual(['乙', '甲'])
    expect(r.departments[0].coverage).toEqual({mlps: {covered: 0, total: 0}, crypto: {covered: 0, total: 0}, dr: {covered: 0, total: 0}, cii: {covered: 0, total: 1}})
    expect(r.stale.map(s => [s.id, s.kind, s.assessed, s.days])).toEqual([['b', 'mlps', null, null], ['a', 'mlps', '2025-01-01', 545]])
  })

  it('leaves a measure null when the pack did not run all of its rules', () => {
    const r = securityCoverage(inv, outcome(['SEC-003', 'SEC-004', 'SEC-005'], []), {asOf: '2026-06-30', includeClassified: false})
    expect(r.total).toEqual({mlps: {covered: 2, total: 2}, crypto: null, dr: null, cii: null})
  })

  it('counts a classified system\'s stale assessment without naming it', () => {
    const r = securityCoverage(inv, outcome(ALL, [['SEC-005', 'e']]), {asOf: '2026-06-30', includeClassified: false})
    expect(r.stale).toEqual([])
    expect(r.staleClassified).toBe(1)
    expect(securityCoverage(inv, outcome(ALL, [['SEC-005', 'e']]), {asOf: '2026-06-30', includeClassified: true}).stale.map(s => s.id)).toEqual(['e'])
  })
})
