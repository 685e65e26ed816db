// Real survey layouts, as the reader hands them to the importer (merged ranges already filled with
// their value): a two-row grouped header, footer rows, totals and notes, a pre-numbered empty row.
import {describe, expect, it} from 'vitest'
import {generatedId, importSheet} from '../../../src/core/import/import-sheet.js'
import type {CellValue, SheetTable} from '../../../src/core/import/sheet-table.js'

const sheet = (rows: CellValue[][], name = 'Sheet1'): SheetTable => ({sheet: name, rows: rows.map((cells, i) => ({row: i + 1, cells}))})

const TITLE = Array(9).fill('XX厅政务信息系统摸底清查表')

describe('importSheet on real survey layouts', () => {
  it('reads a two-row grouped header: vertically merged names repeat, the lower row names the group\'s columns', () => {
    const r = importSheet(sheet([
      TITLE,
      ['序号', '系统名称', '责任单位', '行政级别', '行政区划代码', '部署节点', '资源使用情况', '资源使用情况', '资源使用情况'],
      ['序号', '系统名称', '责任单位', '行政级别', '行政区划代码', '部署节点', 'vCPU（核）', '内存（GB）', '存储（TB）'],
      [1, '社保系统', '省人社厅', '省级', '320000', 'pc', 16, 64, 2],
    ]), 'systems')
    expect(r.problems).toEqual([])
    expect(r.headerRow).toBe(3)
    expect(r.columns.filter(c => c.field?.startsWith('resources')).map(c => `${c.cell} ${c.field}`)).toEqual([
      'Sheet1!G3 resources.vcpu', 'Sheet1!H3 resources.memoryGiB', 'Sheet1!I3 resources.storageTiB',
    ])
    expect(r.records).toEqual([{id: generatedId('systems', '社保系统', '省人社厅'), name: '社保系统', department: '省人社厅', level: 'province', region: '320000', hosting: {node: 'pc'}, resources: {vcpu: 16, memoryGiB: 64, storageTiB: 2}}])
  })

  it('reads a grouped header written without merges (CSV): blanks under the names, the group label once', () => {
    const r = importSheet(sheet([
      ['系统名称', '责任单位', '行政级别', '行政区划代码', '部署节点', '资源使用情况', null, null],
      [null, null, null, null, null, 'vCPU', '内存', '存储'],
      ['社保系统', '省人社厅', '省级', '320000', 'pc', 16, 64, 2],
    ]), 'systems')
    expect(r.problems).toEqual([])
    expect(r.records.map(x => x.resources)).toEqual([{vcpu: 16, memoryGiB: 64, storageTiB: 2}])
  })

  it('combines the group label with the lower header when that names a field (容量 over vCPU → capacity.vcpu)', () => {
    const r = importSheet(sheet([
      ['节点名称', '节点类型', '容量', '容量'],
      ['节点名称', '节点类型', 'vCPU', '内存'],
      ['南京市政务云', '设区市云', 4000, 8192],
    ]), 'nodes')
    expect(r.problems).toEqual([])
    expect(r.records[0]).toMatchObject({capacity: {vcpu: 4000, memoryGiB: 8192}})
  })

  it('does not take the first data row for a second header row', () => {
    const r = importSheet(sheet([
      ['网络名称', '网络类型', '主管部门'],
      ['社保专网', '专网', '省人社厅'],
    ]), 'networks')
    expect(r.headerRow).toBe(1)
    expect(r.records.map(x => x.name)).toEqual(['社保专网'])
  })

  it('gives a value merged over two rows to both (the reader fills it) and stops at the footer', () => {
    const r = importSheet(sheet([
      ['系统名称', '责任单位', '行政级别', '行政区划代码', '部署节点'],
      ['社保系统', '省人社厅', '省级', '320000', 'pc'],
      ['就业系统', '省人社厅', '省级', '320000', 'pc'],
      [],
      ['合计', null, null, null, null],
      ['填表人：张三', '填表人：张三', '审核人：李四', null],
      ['填报日期：2026年11月30日', null, '联系电话：025-12345678', null],
      ['不是数据', '省某厅', '省级', '320000', 'pc'],
    ]), 'systems')
    expect(r.problems).toEqual([])
    expect(r.rows).toBe(2)
    expect(r.records.map(x => [x.name, x.department])).toEqual([['社保系统', '省人社厅'], ['就业系统', '省人社厅']])
  })

  it('ends the table at a label cell followed by its value, and skips note rows and pre-numbered empty rows', () => {
    const r = importSheet(sheet([
      ['序号', '网络名称', '网络类型'],
      ['填写说明：网络类型填 政务外网、业务专网、互联网', null, null],
      [1, '社保专网', '专网'],
      ['注：垂管专网另表填报', null, null],
      [2, null, null],
      [3, null, null],
      ['审核人', '李四', null],
      [4, '不是数据', '专网'],
    ]), 'networks')
    expect(r.problems).toEqual([])
    expect(r.records.map(x => x.name)).toEqual(['社保专网'])
  })

  it('still reports a data row that only looks like a footer by name, as data', () => {
    const r = importSheet(sheet([
      ['网络名称', '网络类型'],
      ['联系人管理专网', '专网'],
      ['审核系统专网', '专网'],
    ]), 'networks')
    expect(r.records.map(x => x.name)).toEqual(['联系人管理专网', '审核系统专网'])
  })
})
