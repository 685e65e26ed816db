import {describe, expect, it} from 'vitest'
import {generatedId, importSheet} from '../../../src/core/import/import-sheet.js'
import type {CellValue, SheetTable} from '../../../src/core/import/sheet-table.js'

const sheet = (rows: CellValue[][], name = 'Sheet1'): SheetTable => ({sheet: name, rows: rows.map((cells, i) => ({row: i + 1, cells}))})

describe('importSheet', () => {
  it('finds the header under a title row and reads nodes, converting storage in GB to TiB', () => {
    const r = importSheet(sheet([
      ['部署节点摸底清查表', null, null],
      [],
      ['节点名称', '节点类型', '存储容量（GB）', '是否纳管'],
      ['南京市政务云', '设区市云', 2048, '是'],
    ]), 'nodes')
    expect(r.problems).toEqual([])
    expect(r.headerRow).toBe(3)
    expect(r.records).toEqual([{id: generatedId('nodes', '南京市政务云'), name: '南京市政务云', type: 'city-cloud', managed: true, capacity: {storageTiB: 2}}])
  })

  it('reports a missing required column and a column given twice, at the header', () => {
    const r = importSheet(sheet([['网络名称', '主管部门', '名称']]), 'networks')
    expect(r.problems.map(p => `${p.cell} ${p.code} ${p.field}`)).toEqual(['Sheet1!A1 MISSING_COLUMN type', 'Sheet1!C1 DUPLICATE_COLUMN name'])
    expect(r.records).toEqual([])
  })

  it('asks for all three parts of an exemption', () => {
    const r = importSheet(sheet([
      ['网络名称', '网络类型', '例外理由', '例外有效期'],
      ['某专网', '专网', '国家垂管', null],
    ]), 'networks')
    expect(r.problems.map(p => `${p.cell} ${p.code} ${p.field}`)).toEqual([
      'Sheet1!C2 MISSING_VALUE consolidation.exemption.approvedBy',
      'Sheet1!D2 MISSING_VALUE consolidation.exemption.until',
    ])
  })

  it('reads an exemption\'s file number, approval date and what it covers, in Chinese or English words', () => {
    const header = ['系统标识', '系统名称', '责任单位', '行政级别', '行政区划代码', '部署节点', '例外理由', '批准单位', '例外有效期', '文号', '批准日期', '豁免范围']
    const row = (id: string, document: string | null, approvedOn: string | null, covers: string): CellValue[] =>
      [id, `${id} 系统`, '省甲厅', '省级', '320000', 'pc', '垂管', '省政务办', '2027-12-31', document, approvedOn, covers]
    const r = importSheet(sheet([header, row('s-1', '苏政办函〔2025〕37号', '2025年3月14日', '上云、网络，上云'), row('s-2', null, null, 'IPv6; network')]), 'systems')
    expect(r.problems).toEqual([])
    expect(r.records.map(x => (x.migration as {exemption: unknown}).exemption)).toEqual([
      {reason: '垂管', approvedBy: '省政务办', until: '2027-12-31', document: '苏政办函〔2025〕37号', approvedOn: '2025-03-14', covers: ['cloud', 'network']},
      {reason: '垂管', approvedBy: '省政务办', until: '2027-12-31', covers: ['ipv6', 'network']},
    ])
    const bad = importSheet(sheet([header, row('s-3', null, null, '上云、机房')]), 'systems')
    expect(bad.problems.map(p => `${p.cell} ${p.code} ${p.field}`)).toEqual(['Sheet1!L2 BAD_VALUE migration.exemption.covers'])
  })

  it('asks for the required parts when only a file number is given, at its column', () => {
    const r = importSheet(sheet([['网络名称', '网络类型', '文号'], ['某专网', '专网', '苏政办函〔2025〕1号']]), 'networks')
    expect(r.problems.map(p => `${p.cell} ${p.code} ${p.field}`)).toEqual([
      'Sheet1!C2 MISSING_VALUE consolidation.exemption.reason',
      'Sheet1!C2 MISSING_VALUE consolidation.exemption.approvedBy',
      'Sheet1!C2 MISSING_VALUE consolidation.exemption.until',
    ])
  })

  it('gives the same ids whatever the row order', () => {
    const rows: CellValue[][] = [['网络名称', '网络类型'], ['甲专网', '专网'], ['乙专网', '专网']]
    const a = importSheet(sheet(rows), 'networks').records.map(r => r.id)
    const b = importSheet(sheet([rows[0], rows[2], rows[1]]), 'networks').records.map(r => r.id)
    expect(b).toEqual([a[1], a[0]])
  })

  it('reads English headers equal to the field names', () => {
    const r = importSheet(sheet([
      ['id', 'name', 'department', 'level', 'region', 'hosting.node', 'networks', 'dependsOn', 'resources.vcpu', 'migration.strategy'],
      ['hr-1', 'Payroll', '省某厅', 'city', '320100', 'pc-main', 'net-a; net-b', 'auth-1 (auth)', 8, 'retain'],
    ]), 'systems')
    expect(r.problems).toEqual([])
    expect(r.records).toEqual([{
      id: 'hr-1', name: 'Payroll', department: '省某厅', level: 'city', region: '320100', hosting: {node: 'pc-main'},
      networks: ['net-a', 'net-b'], dependsOn: [{system: 'auth-1', kind: 'auth'}], resources: {vcpu: 8}, migration: {strategy: 'retain'},
    }])
  })
})

describe('importSheet against the inventory schema', () => {
  const table = sheet([
    ['节点名称', '节点类型', '存储容量（TB）', '平台'],
    ['南京市政务云', '设区市云', 4, '信创'],
    ['无锡市政务云', '设区市云', 9000, 'x86'],
  ])

  it('places an enum value, a maximum and a missing field the schema refuses on their cells', () => {
    const r = importSheet(table, 'nodes', {schemaCheck: (kind, value) => {
      expect(kind).toBe('NodeInventory')
      expect((value as {nodes: unknown[]}).nodes).toHaveLength(2)
      return [
        {keyword: 'enum', instancePath: '/nodes/0/platform', schemaPath: '#/properties/platform/enum', params: {allowedValues: ['x86']}},
        {keyword: 'maximum', instancePath: '/nodes/1/capacity/storageTiB', schemaPath: '#/$defs/resources/maximum', params: {comparison: '<=', limit: 1000}},
        {keyword: 'required', instancePath: '/nodes/1', schemaPath: '#/required', params: {missingProperty: 'region'}},
      ]
    }})
    expect(r.problems.map(p => `${p.cell} ${p.code} ${p.field} ${p.value}`)).toEqual([
      'Sheet1!D2 BAD_VALUE platform xinchuang',
      'Sheet1!A3 MISSING_VALUE region undefined',
      'Sheet1!C3 OUT_OF_RANGE capacity.storageTiB 9000',
    ])
    expect(r.problems[2].data).toMatchObject({limit: '<= 1000'})
    expect(r.records).toEqual([])
  })

  it('keeps the records when the schema has no objection', () => {
    expect(importSheet(table, 'nodes', {schemaCheck: () => []}).records).toHaveLength(2)
  })
})
