// Hostile workbooks: each is read correctly or refused at once with exit 2 and a cell or file
// position, never an out-of-memory abort, a hang or a silently wrong value.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {constants, deflateRawSync} from 'node:zlib'
import ExcelJS from 'exceljs'
import {load} from 'js-yaml'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runJson} from '../helpers/run-cli.js'
import {num, row, str, workbook, workbookEntries, zip} from '../helpers/xlsx-parts.js'

interface ImportJson {
  ok: boolean
  out: string | null
  errors: Array<{cell: string; code: string}>
}
interface Refusal {error: {code: string; errors: Array<{code: string; file: string; line: number; column: number}>}}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yw-hostile-'))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const HEADER = row(1, ['系统名称', '责任单位', '行政级别', '行政区划代码', '部署节点', '存储（TB）', '最早迁移日期', '迁移期限'].map((h, i) => str(`${'ABCDEFGH'[i]}1`, h)))
const plain = (r: number, name: string) => row(r, [str(`A${r}`, name), str(`B${r}`, '省某厅'), str(`C${r}`, '省级'), num(`D${r}`, 320000), str(`E${r}`, 'pc-main')])

function put(name: string, bytes: Buffer): string {
  const file = join(dir, name)
  writeFileSync(file, bytes)
  return file
}

let outs = 0
/** Run with a 256 MiB heap: a reader that loaded a hostile workbook whole would abort, not refuse it. */
function importJson<T>(file: string) {
  const out = join(dir, `out-${++outs}`)
  return {...runJson<T>(['import', file, '--kind', 'systems', '--out', out], {timeout: 30_000, env: {NODE_OPTIONS: '--max-old-space-size=256'}}), out}
}

describe('workbooks refused before they are loaded', () => {
  it('refuses a sheet with more cells than the limit without loading it (no out-of-memory abort)', () => {
    const cells = '<c><v>1</v></c>'.repeat(2_000_001)
    const file = put('many-cells.xlsx', workbook({sheetData: `${HEADER}<row r="2">${cells}</row>`}))
    const r = importJson<Refusal>(file)
    expect(r.code).toBe(2)
    expect(r.json.error.errors.map(e => e.code)).toEqual(['WORKBOOK_TOO_MANY_CELLS'])
    expect(r.ms).toBeLessThan(20_000)
  })

  it('refuses a truncated workbook (cut in half)', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Sheet1')
    ws.addRow(['系统名称', '责任单位', '行政级别', '行政区划代码', '部署节点'])
    for (let i = 0; i < 200; i++) ws.addRow([`系统${i}`, '省某厅', '省级', '320000', 'pc-main'])
    const whole = Buffer.from(await wb.xlsx.writeBuffer())
    const file = put('truncated.xlsx', whole.subarray(0, Math.floor(whole.length / 2)))
    const r = importJson<Refusal>(file)
    expect(r.code).toBe(2)
    expect(r.json.error.errors.map(e => e.code)).toEqual(['BAD_WORKBOOK'])
    expect(r.json.error.errors[0]).toMatchObject({line: 1, column: 1})
  })

  // 32 sync-flushed segments of 64 MiB of zeros: about 2 MB of deflate data that inflates to 2 GiB.
  const bomb = (() => {
    const segment = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), {finishFlush: constants.Z_SYNC_FLUSH})
    return Buffer.concat([...Array.from({length: 32}, () => segment), deflateRawSync(Buffer.alloc(0))])
  })()
  it.each([
    ['that declares its size', 2 ** 31],
    ['that lies about its size', 4096],
  ])('refuses a deflate bomb %s before inflating it all', (_what, size) => {
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024)
    const entries = workbookEntries({sheetData: HEADER}).map(e => (e.name === 'xl/worksheets/sheet1.xml' ? {name: e.name, deflated: bomb, size} : e))
    const file = put(`bomb-${size}.xlsx`, zip(entries))
    const r = importJson<Refusal>(file)
    expect(r.code).toBe(2)
    expect(r.json.error.errors.map(e => e.code)).toEqual(['WORKBOOK_TOO_LARGE'])
    expect(r.ms).toBeLessThan(20_000)
  })

  it.each([
    ['a billion-laughs DTD in sharedStrings.xml', 'xl/sharedStrings.xml', `<?xml version="1.0"?>
<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&h;</t></si></sst>`],
    ['an external entity (XXE) in the sheet', 'xl/worksheets/sheet1.xml', `<?xml version="1.0"?>
<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>`],
  ])('refuses %s (any DOCTYPE)', (_what, part, xml) => {
    const file = put(`dtd-${part.replaceAll('/', '-')}.xlsx`, workbook({sheetData: HEADER, override: {[part]: {name: part, data: xml}}}))
    const r = importJson<Refusal>(file)
    expect(r.code).toBe(2)
    expect(r.json.error.errors.map(e => e.code)).toEqual(['WORKBOOK_DTD'])
  })
})

describe('workbooks read correctly', () => {
  it('reads a cell at XFD1048576 without allocating the whole grid', () => {
    const file = put('xfd.xlsx', workbook({
      beforeSheetData: '<dimension ref="A1:XFD1048576"/>',
      sheetData: `${HEADER}${plain(2, '平台甲')}${row(1048576, [str('XFD1048576', '备注')])}`,
    }))
    const r = importJson<ImportJson>(file)
    expect(r.code).toBe(2)
    expect(r.json.errors.map(e => `${e.cell} ${e.code}`)).toEqual([
      'Sheet1!A1048576 MISSING_VALUE', 'Sheet1!B1048576 MISSING_VALUE', 'Sheet1!C1048576 MISSING_VALUE',
      'Sheet1!D1048576 MISSING_VALUE', 'Sheet1!E1048576 MISSING_VALUE',
    ])
    expect(r.ms).toBeLessThan(20_000)
  })

  it('reads 5,000 rows that each have a cell in column XFD without a row of 16,384 cells each', () => {
    const far = Array.from({length: 5000}, (_, i) => row(i + 3, [str(`XFD${i + 3}`, '备注')])).join('')
    const file = put('xfd-rows.xlsx', workbook({sheetData: `${HEADER}${plain(2, '平台甲')}${far}`}))
    const r = importJson<ImportJson & {counts: {errors: number}}>(file)
    expect(r.code).toBe(2)
    expect(r.json.counts.errors).toBe(25_000)
    expect(r.json.errors[0].cell).toBe('Sheet1!A3')
    expect(r.ms).toBeLessThan(20_000)
  })

  it('takes cached formula results, hyperlink and rich text as their text, and dates from 1900-01-01 to 9999-12-31', () => {
    const file = put('cells.xlsx', workbook({
      sharedStrings: ['<r><t>省</t></r><r><rPr><b/></rPr><t>某厅</t></r>', '<r><t>平台</t></r><r><rPr><i/></rPr><t>乙</t></r>'],
      sheetData: HEADER
        + row(2, ['<c r="A2" t="str"><f>CONCATENATE("平台","甲")</f><v>平台甲</v></c>', '<c r="B2" t="s"><v>0</v></c>', str('C2', '省级'), num('D2', 320000), str('E2', 'pc-main'),
          '<c r="F2"><f>1+1</f><v>2</v></c>', num('G2', 1, 1), num('H2', 2958465, 1)])
        + row(3, ['<c r="A3" t="s"><v>1</v></c>', str('B3', '省某厅'), str('C3', '省级'), num('D3', 320000), str('E3', 'pc-main'), '', num('G3', 61, 1), num('H3', 45657, 1)]),
      afterSheetData: '<hyperlinks><hyperlink ref="A3" r:id="rId1"/></hyperlinks>',
      sheetRels: '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>',
    }))
    const r = importJson<ImportJson>(file)
    expect(r.json.errors).toEqual([])
    expect(r.code).toBe(0)
    const doc = load(readFileSync(join(r.out, 'systems.yaml'), 'utf8')) as {systems: Array<Record<string, unknown>>}
    expect(doc.systems.map(s => [s.name, s.department, s.resources, s.migration])).toEqual([
      ['平台甲', '省某厅', {storageTiB: 2}, {notBefore: '1900-01-01', deadline: '9999-12-31'}],
      ['平台乙', '省某厅', undefined, {notBefore: '1900-03-01', deadline: '2024-12-31'}],
    ])
  })

  it('rejects formulas without a cached result and error values (#N/A, #DIV/0!) at their cells', () => {
    const file = put('errors.xlsx', workbook({
      sheetData: HEADER
        + row(2, ['<c r="A2" t="str"><f>CONCATENATE("平台","甲")</f></c>', str('B2', '省某厅'), str('C2', '省级'), num('D2', 320000), str('E2', 'pc-main')])
        + row(3, [str('A3', '平台乙'), '<c r="B3" t="e"><v>#N/A</v></c>', str('C3', '省级'), num('D3', 320000), str('E3', 'pc-main'), '<c r="F3" t="e"><f>1/0</f><v>#DIV/0!</v></c>']),
    }))
    const r = importJson<ImportJson>(file)
    expect(r.code).toBe(2)
    expect(r.json.errors.map(e => `${e.cell} ${e.code}`)).toEqual(['Sheet1!A2 NO_CACHED_RESULT', 'Sheet1!B3 ERROR_VALUE', 'Sheet1!F3 ERROR_VALUE'])
  })
})
