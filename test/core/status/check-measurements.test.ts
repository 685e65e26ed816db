// Measurements against the shipped Jiangsu pack: its reported targets and the problems a record can have.
import {describe, expect, it} from 'vitest'
import type {MeasurementRecord} from '../../../src/core/inventory/model.js'
import {checkMeasurements} from '../../../src/core/status/check-measurements.js'
import {loadPolicy} from '../../../src/io/load-policy.js'
import {makeInventory} from '../../helpers/build-inventory.js'
import {ROOT} from '../../helpers/run-cli.js'

const jiangsu = loadPolicy('jiangsu', ROOT)

describe('the Jiangsu pack', () => {
  it('declares the documents\' reported targets with their figures and dates', () => {
    const reported = jiangsu.targets.filter(t => t.metric === 'reported').map(t => [t.indicator, t.unit, t.rate, t.by])
    expect(reported).toEqual([
      ['data-opening', 'rate', 0.85, '2022-12-31'], ['data-opening', 'rate', 0.92, '2023-12-31'], ['data-opening', 'rate', 1, '2025-12-31'],
      ['data-scenarios', 'count', 30, '2022-12-31'], ['data-scenarios', 'count', 100, '2025-12-31'],
      ['data-sharing', 'rate', 0.95, '2022-12-31'], ['data-sharing', 'rate', 0.97, '2023-12-31'], ['data-sharing', 'rate', 1, '2025-12-31'],
      ['one-network-service', 'rate', 0.85, '2022-12-31'], ['one-network-service', 'rate', 1, '2025-12-31'],
    ])
  })
})

describe('checkMeasurements', () => {
  const at = (i: number) => ({file: 'm.yaml', pointer: `/measurements/${i}`})
  it('refuses an undeclared indicator (with a suggestion) and a rate above 1', () => {
    const inv = makeInventory({})
    inv.measurements = [
      {indicator: 'data-sharng', period: '2026-01', value: 0.5, at: at(0)},
      {indicator: 'data-sharing', period: '2026-01', value: 1.2, at: at(1)},
      {indicator: 'data-opening', period: '2026-01', numerator: 5, denominator: 4, at: at(2)},
      {indicator: 'data-scenarios', period: '2026-01', value: 86, at: at(3)},
    ] satisfies MeasurementRecord[]
    expect(checkMeasurements(inv, jiangsu).map(p => [p.code, p.position.pointer, p.data.near ?? ''])).toEqual([
      ['UNKNOWN_INDICATOR', '/measurements/0/indicator', 'data-sharing'],
      ['MEASUREMENT_RANGE', '/measurements/1/value', ''],
      ['MEASUREMENT_RANGE', '/measurements/2/numerator', ''],
    ])
  })
})
