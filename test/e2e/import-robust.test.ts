// Import on real survey data: values the schema refuses are cell errors, huge numbers are refused,
// a CSV file's encoding is decided on the whole file, and long lists are bounded.
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {load} from 'js-yaml'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {outputErrors} from '../helpers/output-schema.js'
import {runCli, runJson} from '../helpers/run-cli.js'

interface ImportJson {
  ok: boolean
  out: string | null
  counts: {rows: number; records: number; ignoredColumns: number; errors: number}
  ignoredColumns: Array<{cell: string; header: string}>
  errors: Array<{cell: string; code: string; field?: string; message: string}>
}
interface Refusal {error: {code: string; errors: Array<{code: string; line: number; column: number; message: string}>}}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yw-import-robust-'))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const HEADER = '系统名称,责任单位,行政级别,行政区划代码,部署节点'
const ROW = '统一身份认证平台,省政务服务管理办公室,省级,320000,pc-main'
const put = (name: string, data: string | Buffer) => {
  const file = join(dir, name)
  writeFileSync(file, data)
  return file
}
const out = (name: string) => join(dir, `${name}-out`)

describe('values the schema refuses are cell errors (exit 2), never a defect (exit 3)', () => {
  it('places each at its cell, with the schema reason in zh and en', () => {
    const file = put('long.csv', [
      `${HEADER},IPv6地址`,
      `${'长'.repeat(280)},省某厅,省级,320000,pc-main,`,
      `系统乙,${'厅'.repeat(201)},省级,320000,pc-main,`,
      `系统丙,省某厅,省级,320000,pc-main,"2001:db8::1、${'a'.repeat(65)}"`,
      '',
    ].join('\n'))
    for (const lang of ['en', 'zh']) {
      const r = runJson<ImportJson>(['import', file, '--kind', 'systems', '--out', out('long'), '--lang', lang])
      expect(r.code).toBe(2)
      expect(r.json.errors.map(e => `${e.cell} ${e.code} ${e.field}`)).toEqual(['long!A2 TOO_LONG name', 'long!B3 TOO_LONG department', 'long!F4 TOO_LONG ipv6.addresses'])
      expect(r.json.errors.every(e => !e.message.includes('import.problem.') && e.message.includes('200') !== e.message.includes('64'))).toBe(true)
      expect(outputErrors('import', r.json)).toEqual([])
    }
    expect(existsSync(out('long'))).toBe(false)
  })
})

describe('huge numbers', () => {
  it('refuses a number past 2^53 (1e308 GB was written as .inf) at its cell', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Sheet1')
    ws.addRow([...HEADER.split(','), '存储（GB）', '内存'])
    ws.addRow([...ROW.split(','), 1e308, 16])
    ws.addRow(['系统乙', '省某厅', '省级', '320000', 'pc-main', 100, 1e300])
    ws.addRow(['系统丙', '省某厅', '省级', '320000', 'pc-main', 2048, 64])
    const file = join(dir, 'huge.xlsx')
    await wb.xlsx.writeFile(file)
    const r = runJson<ImportJson>(['import', file, '--kind', 'systems', '--out', out('huge')])
    expect(r.json.errors.map(e => `${e.cell} ${e.code}`)).toEqual(['Sheet1!F2 OUT_OF_RANGE', 'Sheet1!G3 OUT_OF_RANGE'])
    expect(r.code).toBe(2)
    const csv = put('huge.csv', `${HEADER},存储（GB）\n${ROW},${'9'.repeat(300)}\n`)
    const c = runJson<ImportJson>(['import', csv, '--kind', 'systems', '--out', out('huge-csv')])
    expect(c.json.errors.map(e => `${e.cell} ${e.code}`)).toEqual(['huge!F2 OUT_OF_RANGE'])
  })
})

describe('the encoding of a CSV file is decided on the whole file', () => {
  const utf8 = (s: string) => Buffer.from(s, 'utf8')

  it('refuses UTF-8 with one stray byte (in an ignored 备注 column) at its row, column and offset, instead of importing mojibake', () => {
    const before = `${HEADER},备注\n${ROW},无\n系统乙,省某厅,省级,320000,pc-main,备`
    const file = put('stray.csv', Buffer.concat([utf8(before), Buffer.from([0xff]), utf8('注\n系统丙,省某厅,省级,320000,pc-main,\n')]))
    const r = runJson<Refusal>(['import', file, '--kind', 'systems', '--out', out('stray')])
    expect(r.code).toBe(2)
    expect(r.json.error.errors.map(e => [e.code, e.line, e.column])).toEqual([['BAD_CSV_ENCODING', 3, 28]])
    expect(r.json.error.errors[0].message).toContain('stray!F3')
    expect(r.json.error.errors[0].message).toContain(String(Buffer.byteLength(before)))
    expect(existsSync(out('stray'))).toBe(false)
  })

  it('reads UTF-8 with and without a BOM, and GB18030 throughout', () => {
    const text = `${HEADER}\n${ROW}\n`
    // The same file as Excel on Chinese Windows saves it (GB18030).
    const gb = Buffer.from('cfb5cdb3c3fbb3c62cd4f0c8ceb5a5cebb2cd0d0d5febcb6b1f02cd0d0d5fec7f8bbaeb4fac2eb2cb2bfcaf0bddab5e30acdb3d2bbc9edb7ddc8cfd6a4c6bdcca82ccaa1d5fecef1b7fecef1b9dcc0edb0ecb9abcad22ccaa1bcb62c3332303030302c70632d6d61696e0a', 'hex')
    for (const [name, bytes] of [['plain', utf8(text)], ['bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)])], ['gb', gb]] as const) {
      const r = runJson<ImportJson>(['import', put(`${name}.csv`, bytes), '--kind', 'systems', '--out', out(name)])
      expect(r.code).toBe(0)
      const doc = load(readFileSync(join(out(name), 'systems.yaml'), 'utf8')) as {systems: Array<{name: string; department: string}>}
      expect(doc.systems.map(s => [s.name, s.department])).toEqual([['统一身份认证平台', '省政务服务管理办公室']])
    }
  })

  it('refuses a file that is neither, at the first byte GB18030 cannot read', () => {
    const gbWithBadByte = Buffer.concat([Buffer.from('cfb5cdb3c3fbb3c62cd4f0c8ceb5a5cebb2cd0d0d5febcb6b1f02cd0d0d5fec7f8bbaeb4fac2eb2cb2bfcaf0bddab5e30a', 'hex'), Buffer.from('cdb3d2bb2c', 'hex'), Buffer.from([0xff]), utf8(',a,320000,pc-main\n')])
    const r = runJson<Refusal>(['import', put('neither.csv', gbWithBadByte), '--kind', 'systems', '--out', out('neither')])
    expect(r.code).toBe(2)
    expect(r.json.error.errors.map(e => [e.code, e.line, e.column])).toEqual([['BAD_CSV_ENCODING', 2, 4]])
    expect(r.json.error.errors[0].message).toContain('neither!B2')
  })
})

describe('long lists are bounded', () => {
  it('lists at most 20 of 30,000 unknown columns and counts them all', () => {
    const unknown = Array.from({length: 30_000}, (_, i) => `x${i}`).join(',')
    const file = put('wide.csv', `${HEADER},${unknown}\n${ROW}\n`)
    const r = runJson<ImportJson>(['import', file, '--kind', 'systems', '--out', out('wide')])
    expect(r.code).toBe(0)
    expect(r.json.counts.ignoredColumns).toBe(30_000)
    expect(r.json.ignoredColumns.map(c => c.header)).toEqual(Array.from({length: 20}, (_, i) => `x${i}`))
    expect(outputErrors('import', r.json)).toEqual([])
    const human = runCli(['import', file, '--kind', 'systems', '--out', out('wide-human')])
    expect(human.code).toBe(0)
    expect(human.stdout.length).toBeLessThan(2000)
    expect(human.stdout).toContain('29980')
  })

  it('names at most 20 of 30 sheets when --sheet names none of them', async () => {
    const wb = new ExcelJS.Workbook()
    for (let i = 1; i <= 30; i++) wb.addWorksheet(`Sheet-${String(i).padStart(2, '0')}`).addRow(['x'])
    const file = join(dir, 'sheets.xlsx')
    await wb.xlsx.writeFile(file)
    const r = runJson<{error: {code: string; message: string; sheets: string[]}}>(['import', file, '--kind', 'systems', '--sheet', 'none', '--out', out('sheets')])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('SHEET_NOT_FOUND')
    expect(r.json.error.sheets).toEqual([...Array.from({length: 20}, (_, i) => `Sheet-${String(i + 1).padStart(2, '0')}`), '… +10'])
    expect(r.json.error.message).toContain('Sheet-20')
    expect(r.json.error.message).not.toContain('Sheet-21')
  })

  it('lists at most 500 of 5,000 problems and counts them all', () => {
    const rows = Array.from({length: 5000}, (_, i) => `系统${i},省某厅,省厅,320000,pc-main`).join('\n')
    const file = put('many.csv', `${HEADER}\n${rows}\n`)
    const r = runJson<ImportJson>(['import', file, '--kind', 'systems', '--out', out('many')])
    expect(r.code).toBe(2)
    expect(r.json.counts.errors).toBe(5000)
    expect(r.json.errors).toHaveLength(500)
    expect(outputErrors('import', r.json)).toEqual([])
    const human = runCli(['import', file, '--kind', 'systems', '--out', out('many-human')])
    expect(human.code).toBe(2)
    expect(human.stderr.split('\n').filter(l => /^many!C\d+: /.test(l))).toHaveLength(500)
    expect(human.stderr).toContain('4500')
  })
})
