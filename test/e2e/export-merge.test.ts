// The monthly round trip: `export` a department's survey, edit it with another writer than exceljs
// (the sheet's XML by hand), `import --merge` it back. The YAML changes in the edited fields only
// (every other line, comments included, byte for byte), new rows land in the department's file,
// missing rows are listed and removed only with --delete, --dry-run writes nothing, and the result
// passes validate. Workbooks are byte-identical for the same input.
import {createHash} from 'node:crypto'
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {ROOT} from '../helpers/run-cli.js'
import {outputErrors} from '../helpers/output-schema.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'
import {type Parts, addRow, cellTexts, readParts, removeRow, setCells, writeParts} from '../helpers/edit-xlsx.js'

const AS_OF = '2026-12-01'
const DEPT = '省人力资源社会保障厅'
const FILE = 'systems/social-services.yaml'
let scratch = ''

interface MergeJson {
  updated: Array<{id: string; fields: string[]}>
  added: Array<{id: string; file: string}>
  missing: string[]
  deleted: string[]
  files: string[]
  classified: {updated: number; added: number}
  diff: {changed: Array<{id: string; fields: string[]}>; added: string[]; removed: string[]}
}

/** A fresh copy of examples/jiangsu. */
function inventory(name: string): string {
  const dir = join(scratch, name)
  cpSync(join(ROOT, 'examples/jiangsu'), dir, {recursive: true})
  return dir
}

async function exportSurvey(inv: string, out: string, extra: string[] = []): Promise<Buffer> {
  const r = await runJsonInProcess(['export', inv, '--kind', 'systems', '--department', DEPT, '--out', out, '--as-of', AS_OF, ...extra])
  expect(r.code, r.stderr).toBe(0)
  expect(outputErrors('export', r.json)).toEqual([])
  return readFileSync(out)
}

/** Column letter of each header, and row number of each id, of the exported sheet. */
function layout(parts: Parts): {col: (header: string) => string; row: (id: string) => number; lastRow: number} {
  const cells = cellTexts(parts)
  const cols = new Map<string, string>()
  const rows = new Map<string, number>()
  for (const [ref, text] of cells) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(ref)!
    if (row === '1') cols.set(text, col)
    if (col === 'A' && Number(row) > 2) rows.set(text, Number(row))
  }
  return {col: h => cols.get(h)!, row: id => rows.get(id)!, lastRow: Math.max(...rows.values())}
}

async function merge(inv: string, survey: string, extra: string[] = []) {
  return runJsonInProcess<{ok: boolean; merge: MergeJson; error?: {code: string}}>(['import', survey, '--kind', 'systems', '--merge', inv, '--as-of', AS_OF, ...extra])
}

/** The lines that differ between two texts of the same number of lines, as [line number, before, after]. */
function changedLines(before: string, after: string): Array<[number, string, string]> {
  const a = before.split('\n')
  const b = after.split('\n')
  expect(b.length).toBe(a.length)
  return a.flatMap((line, i) => (line === b[i] ? [] : [[i + 1, line, b[i]] as [number, string, string]]))
}

const lineOf = (text: string, id: string, field: string) => {
  const lines = text.split('\n')
  const start = lines.findIndex(l => l.trim() === `- id: ${id}`)
  return start + lines.slice(start).findIndex(l => l.trimStart().startsWith(`${field}:`)) + 1
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'yunwang-export-'))
})

afterAll(() => {
  if (scratch) rmSync(scratch, {recursive: true, force: true})
})

describe('export → edit → import --merge', () => {
  it('changes only the edited fields, keeps comments and order, and validates', async () => {
    const inv = inventory('edit')
    const before = readFileSync(join(inv, FILE), 'utf8')
    const others = readdirSync(join(inv, 'systems')).filter(f => f.endsWith('.yaml') && `systems/${f}` !== FILE).map(f => [f, readFileSync(join(inv, 'systems', f), 'utf8')])
    const survey = join(scratch, 'edit.xlsx')
    const parts = readParts(await exportSurvey(inv, survey))
    const {col, row} = layout(parts)
    setCells(parts, {
      [`${col('系统名称')}${row('rs-app')}`]: '江苏智慧人社APP（新版）',
      [`${col('异地灾备')}${row('rs-app')}`]: '是',
      [`${col('等保级别')}${row('rs-gongshang')}`]: 3,
      [`${col('IPv6地址')}${row('rs-wangting')}`]: null,
    })
    const edited = join(scratch, 'edited.xlsx')
    writeFileSync(edited, writeParts(parts))
    const r = await merge(inv, edited)
    expect(r.code, r.stderr).toBe(0)
    expect(outputErrors('import', r.json)).toEqual([])
    expect(r.json.merge.updated).toEqual([
      {id: 'rs-app', fields: ['name', 'disasterRecovery']},
      {id: 'rs-gongshang', fields: ['mlps']},
      {id: 'rs-wangting', fields: ['ipv6.addresses']},
    ])
    expect(r.json.merge.files.map(f => resolve(f))).toEqual([join(inv, FILE)])
    const after = readFileSync(join(inv, FILE), 'utf8')
    expect(changedLines(before, after)).toEqual([
      [lineOf(before, 'rs-wangting', 'ipv6'), '    ipv6: {addresses: ["240e:6b0:107:1::10"], aaaa: true, appSupport: full}', '    ipv6: {aaaa: true, appSupport: full}'],
      [lineOf(before, 'rs-app', 'name'), '    name: 江苏智慧人社APP', '    name: 江苏智慧人社APP（新版）'],
      [lineOf(before, 'rs-app', 'disasterRecovery'), '    disasterRecovery: false', '    disasterRecovery: true'],
      [lineOf(before, 'rs-gongshang', 'mlps'), '    mlps: 2', '    mlps: 3'],
    ].sort((a, b) => (a[0] as number) - (b[0] as number)))
    for (const [f, text] of others) expect(readFileSync(join(inv, 'systems', f), 'utf8'), f).toBe(text)
    const v = await runJsonInProcess<{ok: boolean}>(['validate', inv])
    expect(v.json.ok).toBe(true)
    // Merged again, the same sheet changes nothing.
    const again = await merge(inv, edited)
    expect(again.json.merge.updated).toEqual([])
    expect(again.json.merge.files).toEqual([])
  })

  it('an unedited survey merges as no change at all', async () => {
    const inv = inventory('same')
    const survey = join(scratch, 'same.xlsx')
    await exportSurvey(inv, survey)
    const r = await merge(inv, survey)
    expect(r.code, r.stderr).toBe(0)
    expect(r.json.merge).toMatchObject({updated: [], added: [], missing: [], deleted: [], files: []})
  })

  it('appends a new row to the department\'s file, in the list, and validates', async () => {
    const inv = inventory('new')
    const before = readFileSync(join(inv, FILE), 'utf8')
    const parts = readParts(await exportSurvey(inv, join(scratch, 'new.xlsx')))
    const {col, lastRow} = layout(parts)
    addRow(parts, lastRow + 1, {
      [col('系统标识')]: 'rs-xinxitong', [col('系统名称')]: '人社新系统', [col('责任单位')]: DEPT, [col('行政级别')]: '省级',
      [col('行政区划代码')]: '320000', [col('部署节点')]: 'pc-main', [col('接入网络')]: 'net-extranet', [col('vCPU（核）')]: 8,
    })
    const edited = join(scratch, 'new-edited.xlsx')
    writeFileSync(edited, writeParts(parts))
    const r = await merge(inv, edited)
    expect(r.code, r.stderr).toBe(0)
    expect(r.json.merge.added.map(a => ({...a, file: resolve(a.file)}))).toEqual([{id: 'rs-xinxitong', file: join(inv, FILE)}])
    expect(r.json.merge.diff.added).toEqual(['rs-xinxitong'])
    const after = readFileSync(join(inv, FILE), 'utf8')
    // The old text is kept whole; the new record follows the department's last record, in the list's layout.
    const tail = after.slice(before.length)
    expect(after.startsWith(before)).toBe(true)
    expect(tail).toBe([
      '  - id: rs-xinxitong',
      '    name: 人社新系统',
      `    department: ${DEPT}`,
      '    level: province',
      '    region: "320000"',
      '    hosting: {node: pc-main}',
      '    networks: [net-extranet]',
      '    resources: {vcpu: 8}',
      '',
    ].join('\n'))
    const v = await runJsonInProcess<{ok: boolean}>(['validate', inv])
    expect(v.json.ok).toBe(true)
  })

  it('lists a row missing from the sheet and keeps the record; removes it with --delete', async () => {
    const inv = inventory('missing')
    const before = readFileSync(join(inv, FILE), 'utf8')
    const parts = readParts(await exportSurvey(inv, join(scratch, 'missing.xlsx')))
    const {row} = layout(parts)
    // rs-wangting-old: nothing depends on it, so removing it leaves a valid inventory.
    removeRow(parts, row('rs-wangting-old'))
    const edited = join(scratch, 'missing-edited.xlsx')
    writeFileSync(edited, writeParts(parts))
    const kept = await merge(inv, edited)
    expect(kept.code, kept.stderr).toBe(0)
    expect(kept.json.merge.missing).toEqual(['rs-wangting-old'])
    expect(kept.json.merge.deleted).toEqual([])
    expect(readFileSync(join(inv, FILE), 'utf8')).toBe(before)
    const gone = await merge(inv, edited, ['--delete'])
    expect(gone.code, gone.stderr).toBe(0)
    expect(gone.json.merge.deleted).toEqual(['rs-wangting-old'])
    expect(gone.json.merge.diff.removed).toEqual(['rs-wangting-old'])
    const after = readFileSync(join(inv, FILE), 'utf8')
    expect(after).not.toContain('rs-wangting-old')
    // Only the record's own lines went.
    const a = before.split('\n')
    const start = a.findIndex(l => l === '  - id: rs-wangting-old')
    const end = a.findIndex((l, i) => i > start && /^\s*$|^ {2}(- |#)|^\S/.test(l))
    expect(after).toBe([...a.slice(0, start), ...a.slice(end === -1 ? a.length : end)].join('\n'))
    expect((await runJsonInProcess<{ok: boolean}>(['validate', inv])).json.ok).toBe(true)
  })

  it('refuses a merge whose result would not validate (exit 2) and writes nothing', async () => {
    const inv = inventory('invalid')
    const before = readFileSync(join(inv, FILE), 'utf8')
    const parts = readParts(await exportSurvey(inv, join(scratch, 'invalid.xlsx')))
    const {row} = layout(parts)
    // rs-shebao-kaban is a dependency of rs-wangting: deleting it leaves a dangling reference.
    removeRow(parts, row('rs-shebao-kaban'))
    const edited = join(scratch, 'invalid-edited.xlsx')
    writeFileSync(edited, writeParts(parts))
    const r = await runJsonInProcess<{error: {code: string; errors: Array<{code: string}>}}>(['import', edited, '--kind', 'systems', '--merge', inv, '--delete', '--as-of', AS_OF])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('MERGE_INVALID')
    expect(r.json.error.errors.map(e => e.code)).toContain('UNKNOWN_SYSTEM')
    expect(readFileSync(join(inv, FILE), 'utf8')).toBe(before)
  })

  it('--dry-run reports the changes and writes nothing', async () => {
    const inv = inventory('dry')
    const before = readFileSync(join(inv, FILE), 'utf8')
    const parts = readParts(await exportSurvey(inv, join(scratch, 'dry.xlsx')))
    const {col, row} = layout(parts)
    setCells(parts, {[`${col('系统名称')}${row('rs-app')}`]: '改名'})
    const edited = join(scratch, 'dry-edited.xlsx')
    writeFileSync(edited, writeParts(parts))
    const r = await merge(inv, edited, ['--dry-run'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.json.merge.updated).toEqual([{id: 'rs-app', fields: ['name']}])
    expect(r.json.merge.files.map(f => resolve(f))).toEqual([join(inv, FILE)])
    expect(readFileSync(join(inv, FILE), 'utf8')).toBe(before)
    const human = await runInProcess(['import', edited, '--kind', 'systems', '--merge', inv, '--dry-run', '--as-of', AS_OF])
    expect(human.code).toBe(0)
    expect(human.stdout).toContain('rs-app')
    expect(readFileSync(join(inv, FILE), 'utf8')).toBe(before)
  })

  it('refuses to write into a JSON inventory file (MERGE_JSON) and writes nothing', async () => {
    const inv = join(scratch, 'json')
    const file = join(inv, 'systems.json')
    cpSync(join(ROOT, 'examples/jiangsu/nodes.yaml'), join(inv, 'nodes.yaml'))
    cpSync(join(ROOT, 'examples/jiangsu/networks.yaml'), join(inv, 'networks.yaml'))
    const text = JSON.stringify({apiVersion: 'yunwang/v1', kind: 'SystemInventory', systems: [{id: 'rs-a', name: '甲', department: DEPT, level: 'province', region: '320000', hosting: {node: 'pc-main'}}]}, null, 2)
    writeFileSync(file, text)
    const survey = join(scratch, 'json.xlsx')
    const parts = readParts(await exportSurvey(inv, survey))
    const {col, row} = layout(parts)
    setCells(parts, {[`${col('系统名称')}${row('rs-a')}`]: '乙'})
    writeFileSync(survey, writeParts(parts))
    const r = await runJsonInProcess<{error: {code: string}}>(['import', survey, '--kind', 'systems', '--merge', inv, '--as-of', AS_OF])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('MERGE_JSON')
    expect(readFileSync(file, 'utf8')).toBe(text)
  })
})

describe('export --lang en → import --merge', () => {
  it('an English workbook of networks merges back: one edited cell, one changed line', async () => {
    const inv = inventory('en')
    const file = join(inv, 'networks.yaml')
    const before = readFileSync(file, 'utf8')
    const survey = join(scratch, 'en.xlsx')
    const r = await runJsonInProcess(['export', inv, '--kind', 'networks', '--department', '省交通运输厅', '--out', survey, '--as-of', AS_OF, '--lang', 'en'])
    expect(r.code, r.stderr).toBe(0)
    const parts = readParts(readFileSync(survey))
    const {col, row} = layout(parts)
    expect(col('consolidation.status')).toBeDefined()
    setCells(parts, {[`${col('consolidation.status')}${row('net-jiaotong')}`]: 'done'})
    writeFileSync(survey, writeParts(parts))
    const m = await runJsonInProcess<{merge: MergeJson}>(['import', survey, '--kind', 'networks', '--merge', inv, '--as-of', AS_OF])
    expect(m.code, m.stderr).toBe(0)
    expect(m.json.merge.updated).toEqual([{id: 'net-jiaotong', fields: ['consolidation.status']}])
    expect(m.json.merge.missing).toEqual([])
    const line = lineOf(before, 'net-jiaotong', 'consolidation')
    expect(changedLines(before, readFileSync(file, 'utf8'))).toEqual([[line, '    consolidation: {status: in-progress, deadline: 2026-06-30}', '    consolidation: {status: done, deadline: 2026-06-30}']])
    expect((await runJsonInProcess<{ok: boolean}>(['validate', inv])).json.ok).toBe(true)
  })
})

describe('export', () => {
  it('gives the same bytes for the same inventory, whenever it runs and whatever the order of the records', async () => {
    const inv = inventory('det')
    vi.useFakeTimers({toFake: ['Date']})
    try {
      vi.setSystemTime(new Date('2030-01-01T08:00:00Z'))
      const a = await exportSurvey(inv, join(scratch, 'det-a.xlsx'))
      vi.setSystemTime(new Date('2031-07-15T17:31:07Z'))
      // The same records in another order.
      const file = join(inv, FILE)
      const text = readFileSync(file, 'utf8')
      const head = text.slice(0, text.indexOf('  - id:'))
      const records = text.slice(head.length).split(/(?=^ {2}- id:)/m).reverse()
      writeFileSync(file, head + records.map(r => (r.endsWith('\n') ? r : `${r}\n`)).join(''))
      const b = await exportSurvey(inv, join(scratch, 'det-b.xlsx'))
      const hash = (x: Buffer) => createHash('sha256').update(x).digest('hex')
      expect(hash(b)).toBe(hash(a))
    } finally {
      vi.useRealTimers()
    }
  })

  it('never overwrites without --force', async () => {
    const inv = inventory('force')
    const out = join(scratch, 'force.xlsx')
    writeFileSync(out, 'old')
    const r = await runJsonInProcess<{error: {code: string}}>(['export', inv, '--kind', 'systems', '--department', DEPT, '--out', out, '--as-of', AS_OF])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('WRITE_EXISTS')
    expect(readFileSync(out, 'utf8')).toBe('old')
    await exportSurvey(inv, out, ['--force'])
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK')
  })

  it('--by-department writes one workbook per department, with file names safe everywhere', async () => {
    const inv = inventory('by')
    const dir = join(scratch, 'by')
    const r = await runJsonInProcess<{files: Array<{department: string; out: string; records: number}>}>(['export', inv, '--kind', 'networks', '--by-department', '--out', dir, '--as-of', AS_OF])
    expect(r.code, r.stderr).toBe(0)
    expect(r.json.files.length).toBeGreaterThan(1)
    for (const f of r.json.files) {
      expect(existsSync(f.out)).toBe(true)
      expect(f.out.slice(dir.length + 1)).toMatch(/^[^<>:"/\\|?*\u0000-\u001f]+-网络\.xlsx$/)
    }
  })

  it('unknown department: exit 2 (BAD_FLAG)', async () => {
    const r = await runJsonInProcess<{error: {code: string}}>(['export', join(ROOT, 'examples/jiangsu'), '--kind', 'systems', '--department', '省不存在厅', '--out', join(scratch, 'x.xlsx')])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('BAD_FLAG')
  })
})
