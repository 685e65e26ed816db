import {describe, expect, it} from 'vitest'
import {importSheet} from '../../../src/core/import/import-sheet.js'
import type {CellValue, SheetTable} from '../../../src/core/import/sheet-table.js'

const sheet = (rows: CellValue[][]): SheetTable => ({sheet: 'Sheet1', rows: rows.map((cells, i) => ({row: i + 1, cells}))})
const HEAD = ['系统标识', '系统名称', '责任单位', '行政级别', '行政区划代码', '部署节点']
const base = (id: string): CellValue[] => [id, `${id} 系统`, '省甲厅', '省级', '320000', 'pc']

describe('import: shared platforms, 关基, assessment dates and the DR node', () => {
  it('reads 提供的共享平台, 关键信息基础设施, 等保测评日期, 密评日期 and 灾备节点 into their fields', () => {
    const r = importSheet(sheet([
      [...HEAD, '提供的共享平台', '关键信息基础设施', '等保测评日期', '密评日期', '异地灾备', '灾备节点'],
      [...base('s-1'), '统一身份认证、数据共享交换平台', '是', '2026年3月5日', '2026-04-01', '是', 'pc-dr'],
      [...base('s-2'), '苏服办', '否', null, null, '否', null],
    ]), 'systems')
    expect(r.problems).toEqual([])
    expect(r.records.map(x => [x.provides, x.cii, x.mlpsAssessed, x.cryptoAssessed, x.disasterRecovery])).toEqual([
      [['identity', 'data-exchange'], true, '2026-03-05', '2026-04-01', {node: 'pc-dr'}],
      [['service-portal'], false, undefined, undefined, false],
    ])
  })

  it('refuses an unknown platform and a malformed date at their cells', () => {
    const r = importSheet(sheet([
      [...HEAD, '共享平台', '等保测评日期'],
      [...base('s-1'), '统一机房', '2026-13-01'],
    ]), 'systems')
    expect(r.problems.map(p => `${p.cell} ${p.code} ${p.field}`)).toEqual(['Sheet1!G2 BAD_VALUE provides', 'Sheet1!H2 BAD_DATE mlpsAssessed'])
  })
})
