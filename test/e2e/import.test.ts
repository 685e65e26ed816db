import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {load} from 'js-yaml'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {generatedId} from '../../src/core/import/import-sheet.js'
import {loadInventory} from '../../src/io/load-inventory.js'
import {outputErrors} from '../helpers/output-schema.js'
import {runCli, runJson} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

interface ImportJson {
  ok: boolean
  out: string | null
  counts: {rows: number; records: number; generatedIds: number; ignoredColumns: number; errors: number}
  ignoredColumns: Array<{cell: string; header: string}>
  errors: Array<{cell: string; code: string; field?: string}>
}
interface ValidateJson {ok: boolean; counts: {systems: number; nodes: number; networks: number}}
interface SystemDoc {systems: Array<Record<string, unknown> & {id: string; name: string}>}

const SAMPLE = 'examples/survey/摸底清查表-示例.xlsx'
const SAMPLE_CSV = 'examples/survey/摸底清查表-系统-示例.csv'
let dir: string
const NODES = `apiVersion: yunwang/v1
kind: NodeInventory
nodes:
  - {id: pc-main, name: 省政务云主节点, type: provincial-cloud}
  - {id: room-a, name: 某局自建机房, type: self-built}
`

const HEADER = ['系统名称', '责任单位', '行政级别', '行政区划代码', '等保级别', '部署节点', '是否涉密', '运行状态', '依赖系统']
async function workbook(file: string, rows: Array<Array<string | number | null>>): Promise<string> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Sheet1')
  ws.addRow(HEADER)
  for (const r of rows) ws.addRow(r)
  const path = join(dir, file)
  await wb.xlsx.writeFile(path)
  return path
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yw-import-'))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('import from a workbook the test writes', () => {
  it('names every rejected cell by Sheet!cell with its code, and writes nothing', async () => {
    const file = await workbook('bad.xlsx', [
      ['统一身份认证平台', '省政务服务管理办公室', '省级', '320000', '三级', 'pc-main', '否', '在用', null],
      ['业务系统甲', '省某厅', '省厅', '320000', '六级', 'pc-main', '否', '在用', null],
      ['业务系统乙', '省某厅', '省级', '32010', '二级', 'room-a', '可能', '在用', null],
      ['统一身份认证平台', '省政务服务管理办公室', '省级', '320000', '三级', 'pc-main', '否', '在用', null],
      ['业务系统丙', '省某厅', 'constructor', '320111', 2, null, '否', '停运中', '不存在的系统'],
    ])
    const out = join(dir, 'bad-out')
    const r = await runJsonInProcess<ImportJson>(['import', file, '--kind', 'systems', '--out', out])
    expect(r.code).toBe(2)
    expect(r.json.ok).toBe(false)
    expect(r.json.out).toBeNull()
    expect(r.json.errors.map(e => `${e.cell} ${e.code}`)).toEqual([
      'Sheet1!C3 BAD_VALUE',
      'Sheet1!E3 OUT_OF_RANGE',
      'Sheet1!D4 BAD_REGION',
      'Sheet1!G4 BAD_BOOLEAN',
      'Sheet1!A5 DUPLICATE_ID',
      'Sheet1!C6 BAD_VALUE',
      'Sheet1!F6 MISSING_VALUE',
      'Sheet1!H6 BAD_VALUE',
      'Sheet1!I6 UNKNOWN_REFERENCE',
    ])
    expect(outputErrors('import', r.json)).toEqual([])
    expect(existsSync(out)).toBe(false)
    const human = await runInProcess(['import', file, '--kind', 'systems', '--out', out])
    expect(human.code).toBe(2)
    expect(human.stderr.split('\n').filter(l => /^Sheet1![A-Z]+\d+: /.test(l))).toHaveLength(9)
    expect(human.stderr).toMatch(/^Sheet1!F6: .*部署节点.* \[MISSING_VALUE\]$/m)
  })

  it('writes YAML that passes validate, with stable ids and dependencies by name', async () => {
    const file = await workbook('good.xlsx', [
      ['统一身份认证平台', '省政务服务管理办公室', '省级', '320000', '三级', 'pc-main', '否', '在用', null],
      ['业务系统甲', '省某厅', '省', '南京市', '第二级', 'ROOM-A', 'N', '拟下线', '统一身份认证平台（认证）、业务系统乙'],
      [null, null, null, null, null, null, null, null, null],
      ['业务系统乙', '省某厅', 'county', 320111, 2, 'room-a', '是', '已下线', null],
    ])
    const out = join(dir, 'good-out')
    writeFileSync(join(dir, 'nodes.yaml'), NODES)
    const r = await runJsonInProcess<ImportJson>(['import', file, '--kind', 'systems', '--out', out])
    expect(r.code).toBe(0)
    expect(r.json.counts).toEqual({rows: 3, records: 3, generatedIds: 3, ignoredColumns: 0, errors: 0})
    expect(outputErrors('import', r.json)).toEqual([])
    const text = readFileSync(join(out, 'systems.yaml'), 'utf8')
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/system-inventory\.schema\.json$/)
    const doc = load(text) as SystemDoc & {apiVersion: string; kind: string}
    expect([doc.apiVersion, doc.kind]).toEqual(['yunwang/v1', 'SystemInventory'])
    const auth = generatedId('systems', '统一身份认证平台', '省政务服务管理办公室')
    const yi = generatedId('systems', '业务系统乙', '省某厅')
    expect(auth).toMatch(/^sys-[0-9a-f]{10}$/)
    expect(doc.systems.map(s => s.id)).toEqual([auth, generatedId('systems', '业务系统甲', '省某厅'), yi])
    expect(doc.systems[1]).toMatchObject({level: 'province', region: '320100', mlps: 2, classified: false, status: 'retiring', hosting: {node: 'room-a'}, dependsOn: [{system: auth, kind: 'auth'}, yi]})
    expect(doc.systems[2]).toMatchObject({level: 'county', region: '320111', classified: true, status: 'retired'})
    const v = await runJsonInProcess<ValidateJson>(['validate', out, join(dir, 'nodes.yaml')])
    expect(v.code).toBe(0)
    expect(v.json.counts).toEqual({systems: 3, nodes: 2, networks: 0})
  })

  it('never overwrites without --force, and does with it', async () => {
    const file = await workbook('again.xlsx', [['统一身份认证平台', '省政务服务管理办公室', '省级', '320000', '三级', 'pc-main', '否', '在用', null]])
    const out = join(dir, 'again-out')
    expect((await runInProcess(['import', file, '--kind', 'systems', '--out', out])).code).toBe(0)
    writeFileSync(join(out, 'systems.yaml'), 'hand-edited\n')
    const r = await runJsonInProcess<{error: {code: string}}>(['import', file, '--kind', 'systems', '--out', out])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('WRITE_EXISTS')
    expect(readFileSync(join(out, 'systems.yaml'), 'utf8')).toBe('hand-edited\n')
    expect((await runInProcess(['import', file, '--kind', 'systems', '--out', out, '--force'])).code).toBe(0)
    expect(readFileSync(join(out, 'systems.yaml'), 'utf8')).toContain('统一身份认证平台')
  })

  it('refuses a file that is not a workbook, or not .xlsx/.csv, with exit 2 and no stack trace', async () => {
    const fake = join(dir, 'fake.xlsx')
    writeFileSync(fake, 'not a zip file')
    const r = await runJsonInProcess<{error: {code: string; errors: Array<{code: string}>}}>(['import', fake, '--kind', 'nodes', '--out', join(dir, 'x')])
    expect(r.code).toBe(2)
    expect(r.json.error.errors.map(e => e.code)).toEqual(['BAD_WORKBOOK'])
    const xls = join(dir, 'old.xls')
    writeFileSync(xls, 'x')
    // Spawned: the real binary's exit status, and no stack trace reaching the user.
    const h = runCli(['import', xls, '--kind', 'nodes', '--out', join(dir, 'x')])
    expect(h.code).toBe(2)
    expect(h.stderr).not.toMatch(/\n\s+at /)
  })

  it('reads other layouts through --map', async () => {
    const csv = join(dir, 'other.csv')
    writeFileSync(csv, 'Code,System,Owner,Tier,Area,Host,Memo\nhr-1,Payroll,省某厅,city,320100,pc-main,x\n')
    const map = join(dir, 'map.yaml')
    writeFileSync(map, 'Code: id\nSystem: name\nOwner: department\nTier: level\nArea: region\nHost: hosting.node\nMemo: null\n')
    const out = join(dir, 'map-out')
    const r = await runJsonInProcess<ImportJson>(['import', csv, '--kind', 'systems', '--map', map, '--out', out])
    expect(r.code).toBe(0)
    expect(r.json.ignoredColumns).toEqual([])
    const doc = load(readFileSync(join(out, 'systems.yaml'), 'utf8')) as SystemDoc
    expect(doc.systems).toEqual([{id: 'hr-1', name: 'Payroll', department: '省某厅', level: 'city', region: '320100', hosting: {node: 'pc-main'}}])
    writeFileSync(map, 'Host: hosting.nod\n')
    const bad = await runJsonInProcess<{error: {code: string; errors: Array<{code: string}>}}>(['import', csv, '--kind', 'systems', '--map', map, '--out', out])
    expect(bad.code).toBe(2)
    expect(bad.json.error.errors.map(e => e.code)).toEqual(['BAD_MAP_ENTRY'])
  })

  it('names a source whose file name holds a line break in one comment line, so the file it writes loads', async () => {
    const csv = join(dir, 'survey\nsystems: oops.csv')
    writeFileSync(csv, `${HEADER.slice(0, 8).join(',')}\n平台甲,省政务办,省级,320000,三级,pc-main,否,在用\n`)
    const out = join(dir, 'newline-out')
    writeFileSync(join(dir, 'newline-nodes.yaml'), NODES)
    const r = await runJsonInProcess<ImportJson>(['import', csv, '--kind', 'systems', '--out', out, '--inventory', join(dir, 'newline-nodes.yaml')])
    expect(r.code).toBe(0)
    const text = readFileSync(join(out, 'systems.yaml'), 'utf8')
    expect(text.split('\n').slice(0, 2).every(l => l.startsWith('# '))).toBe(true)
    expect(loadInventory([join(out, 'systems.yaml'), join(dir, 'newline-nodes.yaml')], {cwd: dir}).ok).toBe(true)
  })

  it.each([['a FIFO', 'pipe.csv'], ['a --map FIFO', 'map-pipe.yaml']])('refuses %s at once (NOT_A_FILE, exit 2)', (_what, name) => {
    const fifo = join(dir, name)
    execFileSync('mkfifo', [fifo])
    const csv = join(dir, 'other.csv')
    const argv = name.endsWith('.csv') ? ['import', fifo, '--kind', 'nodes', '--out', join(dir, 'x')] : ['import', csv, '--kind', 'systems', '--map', fifo, '--out', join(dir, 'x')]
    // A FIFO no one writes to would block this process: spawned, and killed if it hangs.
    const r = runJson<{error: {errors: Array<{code: string}>}}>(argv, {timeout: 20_000})
    expect(r.code).toBe(2)
    expect(r.json.error.errors.map(e => e.code)).toEqual(['NOT_A_FILE'])
  })
})

describe('import the shipped sample survey', () => {
  it('imports nodes, networks, then systems by name into an inventory that validates', async () => {
    const out = join(dir, 'sample')
    for (const kind of ['nodes', 'networks']) expect((await runInProcess(['import', SAMPLE, '--kind', kind, '--out', out])).code).toBe(0)
    const r = await runJsonInProcess<ImportJson>(['import', SAMPLE, '--kind', 'systems', '--out', out, '--inventory', out])
    expect(r.code).toBe(0)
    expect(r.json.counts).toEqual({rows: 10, records: 10, generatedIds: 10, ignoredColumns: 2, errors: 0})
    expect(r.json.ignoredColumns).toEqual([{cell: '系统清单!A2', header: '序号'}, {cell: '系统清单!U2', header: '备注'}])
    const v = await runJsonInProcess<ValidateJson>(['validate', out])
    expect(v.code).toBe(0)
    expect(v.json.counts).toEqual({systems: 10, nodes: 7, networks: 5})

    const nodes = (load(readFileSync(join(out, 'nodes.yaml'), 'utf8')) as {nodes: Array<Record<string, unknown>>}).nodes
    expect(nodes.find(n => n.id === 'city-nj')).toMatchObject({type: 'city-cloud', managed: true, region: '320100', mlpsCertified: 3})
    expect(nodes.find(n => n.id === 'city-xz')).toMatchObject({managed: false, region: '320300'})
    expect(nodes.find(n => n.id === 'pc-kylin')).toMatchObject({platform: 'xinchuang', capacity: {vcpu: 2400, memoryGiB: 9600, storageTiB: 600}})
    const systems = (load(readFileSync(join(out, 'systems.yaml'), 'utf8')) as SystemDoc).systems
    const id = (name: string, dept: string) => generatedId('systems', name, dept)
    const hall = systems.find(s => s.name === '江苏人社网上办事服务大厅')
    expect(hall).toMatchObject({
      hosting: {node: 'dc-hrss'},
      networks: ['net-extranet', 'net-internet'],
      dependsOn: [{system: id('社会保障卡业务管理系统', '省人力资源社会保障厅'), kind: 'api'}, {system: id('江苏省统一身份认证平台', '省政务服务管理办公室'), kind: 'auth'}],
      migration: {strategy: 'replatform', targetNode: 'pc-kylin'},
      xinchuang: 'unknown',
    })
    expect(systems.find(s => s.name === '机要文件交换系统')).toMatchObject({classified: true, migration: {strategy: 'retain'}})
    expect(systems.find(s => s.name === '体育赛事活动管理系统')).toMatchObject({status: 'retiring', migration: {strategy: 'retire'}})
    expect(systems.find(s => s.name === '“我的南京”城市服务平台')).toMatchObject({level: 'city', region: '320100', hosting: {node: 'city-nj'}})

    const csvOut = join(dir, 'sample-csv')
    expect((await runInProcess(['import', SAMPLE_CSV, '--kind', 'systems', '--out', csvOut, '--inventory', out])).code).toBe(0)
    const body = (f: string) => readFileSync(f, 'utf8').split('\n').slice(2).join('\n')
    expect(body(join(csvOut, 'systems.yaml'))).toBe(body(join(out, 'systems.yaml')))
  })

  it('rejects node and network names it cannot resolve without --inventory, at their cells', async () => {
    const r = await runJsonInProcess<ImportJson>(['import', SAMPLE, '--kind', 'systems', '--out', join(dir, 'unresolved')])
    expect(r.code).toBe(2)
    const cells = r.json.errors.filter(e => e.code === 'UNKNOWN_REFERENCE').map(e => e.cell)
    expect(cells.filter(c => /!L\d+$/.test(c))).toEqual(['L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9', 'L10', 'L11', 'L12'].map(c => `系统清单!${c}`))
    expect(cells).toContain('系统清单!T5')
    expect(new Set(r.json.errors.map(e => e.code))).toEqual(new Set(['UNKNOWN_REFERENCE']))
  })
})
