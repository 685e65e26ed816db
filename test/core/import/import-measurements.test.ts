// The monthly sheet of reported indicators read as Measurements: months in the ways people write them,
// a region by name, and the figure's two forms checked at the cell.
import {describe, expect, it} from 'vitest'
import {importSheet} from '../../../src/core/import/import-sheet.js'
import type {CellValue, SheetTable} from '../../../src/core/import/sheet-table.js'

const sheet = (rows: CellValue[][]): SheetTable => ({sheet: '指标', rows: rows.map((cells, i) => ({row: i + 1, cells}))})
const HEADER = ['指标', '月份', '分子', '分母', '比率', '部门', '地区', '来源']
const regions = new Map([['常州市', '320400']])

describe('import --kind measurements', () => {
  it('reads months, ratios, values and regions by name', () => {
    const r = importSheet(sheet([
      HEADER,
      ['data-sharing', '2026年11月', 1840, 1900, null, '省人社厅', null, '月报'],
      ['one-network-service', '2026/9', null, null, 0.93, null, '常州市', null],
      ['data-scenarios', '2026-11-30', null, null, 86, null, null, null],
    ]), 'measurements', {regionsByName: regions})
    expect(r.problems).toEqual([])
    expect(r.records).toEqual([
      {indicator: 'data-sharing', period: '2026-11', numerator: 1840, denominator: 1900, department: '省人社厅', source: '月报'},
      {indicator: 'one-network-service', period: '2026-09', value: 0.93, region: '320400'},
      {indicator: 'data-scenarios', period: '2026-11', value: 86},
    ])
  })

  it('places a missing half of the ratio, both forms, both scopes and a bad month at their cells', () => {
    const r = importSheet(sheet([
      HEADER,
      ['data-sharing', '2026-11', 1840, null, null, '省甲厅', null, null],
      ['data-sharing', '2026-13', 1, 2, 0.5, '省甲厅', '320100', null],
      ['data-sharing', '2026-10', null, null, null, null, null, null],
    ]), 'measurements', {regionsByName: regions})
    expect(r.problems.map(p => [p.code, p.cell, p.field])).toEqual([
      ['MISSING_VALUE', '指标!D2', 'denominator'],
      ['BAD_DATE', '指标!B3', 'period'],
      ['BAD_VALUE', '指标!E3', 'value'],
      ['BAD_VALUE', '指标!G3', 'region'],
      ['MISSING_VALUE', '指标!E4', 'value'],
    ])
    expect(r.records).toEqual([])
  })
})
