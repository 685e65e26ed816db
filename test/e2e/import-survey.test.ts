// Surveys as departments return them, written by another program (openpyxl and Python's csv module;
// test/fixtures/import/make-fixtures.py): merged title, two-row grouped header, a 责任单位 merged over
// two rows, blank, 合计 and note rows, a signature block; and one cell that cannot be read.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {load} from 'js-yaml'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'
import {row, str, workbook} from '../helpers/xlsx-parts.js'

const FIXTURES = 'test/fixtures/import'
interface ImportJson {
  ok: boolean
  sheet: string
  headerRow: number
  counts: {rows: number; records: number}
  columns: Array<{cell: string; field: string}>
  errors: Array<{cell: string; code: string; field?: string}>
}
type Systems = {systems: Array<{name: string; department: string; resources?: Record<string, number>}>}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yw-survey-'))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const EXPECTED = [
  {name: '社会保险信息系统', department: '省人力资源社会保障厅', resources: {vcpu: 64, memoryGiB: 256, storageTiB: 20}},
  {name: '就业服务平台', department: '省人力资源社会保障厅', resources: {vcpu: 16, memoryGiB: 32, storageTiB: 2}},
]

describe('import reads real survey layouts', () => {
  it('xlsx: merged 责任单位 fills both rows, the grouped header names vCPU/内存/存储, title, 合计, footer and note rows are no records', async () => {
    const out = join(dir, 'xlsx')
    const r = await runJsonInProcess<ImportJson>(['import', `${FIXTURES}/survey-merged.xlsx`, '--kind', 'systems', '--out', out])
    expect(r.code, JSON.stringify(r.json)).toBe(0)
    expect(r.json.sheet).toBe('信息系统摸底表')
    expect(r.json.headerRow).toBe(4)
    expect(r.json.counts).toMatchObject({rows: 3, records: 3})
    expect(r.json.columns.filter(c => c.field.startsWith('resources.')).map(c => c.cell)).toEqual(['信息系统摸底表!H4', '信息系统摸底表!I4', '信息系统摸底表!J4'])
    expect(r.json.columns.find(c => c.field === 'department')?.cell).toBe('信息系统摸底表!C3')
    const doc = load(readFileSync(join(out, 'systems.yaml'), 'utf8')) as Systems
    expect(doc.systems.slice(0, 2)).toMatchObject(EXPECTED)
    expect(doc.systems[2]).toMatchObject({name: '人事考试报名系统', department: '省人事考试中心', resources: {vcpu: 8, memoryGiB: 16, storageTiB: 0.5}})
  })

  it('xlsx: 容量 over vCPU/内存/存储 in the nodes sheet reads as the capacity, the 审核人 row ends the table', async () => {
    const out = join(dir, 'nodes')
    const r = await runJsonInProcess<ImportJson>(['import', `${FIXTURES}/survey-merged.xlsx`, '--kind', 'nodes', '--out', out])
    expect(r.code, JSON.stringify(r.json)).toBe(0)
    expect(r.json.sheet).toBe('部署节点')
    const doc = load(readFileSync(join(out, 'nodes.yaml'), 'utf8')) as {nodes: unknown[]}
    expect(doc.nodes).toEqual([
      {id: 'pc-main', name: '省政务云主节点', type: 'provincial-cloud', capacity: {vcpu: 20000, memoryGiB: 81920, storageTiB: 2000}},
      {id: 'hr-room', name: '人社厅自建机房', type: 'self-built', capacity: {vcpu: 200, memoryGiB: 512, storageTiB: 40}},
    ])
  })

  it('CSV: the grouped header without merges (label once, blanks under the names) reads the same', async () => {
    const out = join(dir, 'csv')
    const r = await runJsonInProcess<ImportJson>(['import', `${FIXTURES}/survey-grouped.csv`, '--kind', 'systems', '--out', out])
    expect(r.code, JSON.stringify(r.json)).toBe(0)
    expect(r.json.headerRow).toBe(3)
    const doc = load(readFileSync(join(out, 'systems.yaml'), 'utf8')) as Systems
    expect(doc.systems).toMatchObject(EXPECTED)
    expect(doc.systems).toHaveLength(2)
  })

  it('a cell that cannot be read (a formula saved without its result) is named Sheet!H6, exit 2, nothing written', async () => {
    const out = join(dir, 'bad')
    const r = await runJsonInProcess<ImportJson>(['import', `${FIXTURES}/survey-unreadable.xlsx`, '--kind', 'systems', '--out', out])
    expect(r.code).toBe(2)
    expect(r.json.errors.map(e => `${e.cell} ${e.code} ${e.field}`)).toEqual(['信息系统摸底表!H6 NO_CACHED_RESULT resources.vcpu'])
    const human = await runInProcess(['import', `${FIXTURES}/survey-unreadable.xlsx`, '--kind', 'systems', '--out', out])
    expect(human.code).toBe(2)
    expect(human.stderr).toMatch(/^信息系统摸底表!H6: /m)
    expect(human.stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses a merged range over the whole sheet before loading it (each merged cell is an object once loaded)', async () => {
    const file = join(dir, 'merge-bomb.xlsx')
    const header = row(1, ['系统名称', '责任单位', '行政级别', '行政区划代码', '部署节点'].map((h, i) => str(`${'ABCDE'[i]}1`, h)))
    writeFileSync(file, workbook({sheetData: header, afterSheetData: '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>'}))
    const started = performance.now()
    const r = await runJsonInProcess<{error: {errors: Array<{code: string}>}}>(['import', file, '--kind', 'systems', '--out', join(dir, 'bomb')])
    expect(r.code).toBe(2)
    expect(r.json.error.errors.map(e => e.code)).toEqual(['WORKBOOK_TOO_MANY_CELLS'])
    expect(performance.now() - started).toBeLessThan(20_000)
  })
})
