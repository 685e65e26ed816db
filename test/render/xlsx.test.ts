import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {inflateEntry, zipEntries} from '../../src/io/read-zip.js'
import {Rate} from '../../src/render/tabular.js'
import {type NamedTable, renderXlsx} from '../../src/render/xlsx.js'

function parts(buf: Buffer): Map<string, string> {
  const entries = zipEntries(buf)
  if (!Array.isArray(entries)) throw new Error(JSON.stringify(entries))
  return new Map(entries.map(e => [e.name, (inflateEntry(buf, e, 1 << 26) as Buffer).toString('utf8')]))
}

const TABLE: NamedTable = {name: '上云率（按部门）', header: ['部门', '总数', '上云率'], rows: [['省人力资源社会保障厅', 12, new Rate(0.75)], ['=1+1', -3, new Rate(1)]]}

describe('renderXlsx', () => {
  it('writes numbers as numbers, rates as fractions in style 2 (0.0%), text as shared strings, formula-like text with the quote-prefix style', () => {
    const p = parts(renderXlsx([TABLE], {date: '2026-06-30'}))
    const sheet = p.get('xl/worksheets/sheet1.xml') ?? ''
    expect(sheet).toContain('<c r="B2"><v>12</v></c>')
    expect(sheet).toContain('<c r="C2" s="2"><v>0.75</v></c>')
    expect(sheet).toContain('<c r="B3"><v>-3</v></c>')
    expect(sheet).toMatch(/<c r="A3" s="3" t="s"><v>\d+<\/v><\/c>/)
    expect(sheet).toMatch(/<c r="A1" s="1" t="s">/)
    // 省人力资源社会保障厅: ten wide characters, 20 columns, plus 2.
    expect(sheet).toContain('<col min="1" max="1" width="22" customWidth="1"/>')
    expect(p.get('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-06-30T00:00:00Z</dcterms:created>')
  })

  it('gives Excel sheet names it accepts: at most 31 characters, no []:*?/\\, none twice', () => {
    const long = 'Targets (the plan projected to each date) [draft]'
    const p = parts(renderXlsx([{...TABLE, name: long}, {...TABLE, name: long}, {...TABLE, name: 'a/b:c'}], {date: '2026-06-30'}))
    const names = [...(p.get('xl/workbook.xml') ?? '').matchAll(/<sheet name="([^"]*)"/g)].map(m => m[1])
    expect(names).toEqual(['Targets (the plan projected to ', 'Targets (the plan projected t~2', 'a_b_c'])
  })

  it('keeps a carriage return and a literal _x0041_ as text, and replaces what XML cannot carry', () => {
    const p = parts(renderXlsx([{name: 's', header: ['h'], rows: [['a\rb_x0041_\u0000c']]}], {date: '2026-06-30'}))
    expect(p.get('xl/sharedStrings.xml')).toContain('<t xml:space="preserve">a&#13;b_x005F_x0041_\uFFFDc</t>')
  })

  it('is the same bytes for the same tables and date', () => {
    const hash = (b: Buffer) => createHash('sha256').update(b).digest('hex')
    expect(hash(renderXlsx([TABLE], {date: '2026-06-30'}))).toBe(hash(renderXlsx([TABLE], {date: '2026-06-30'})))
    expect(hash(renderXlsx([TABLE], {date: '2026-06-30'}))).not.toBe(hash(renderXlsx([TABLE], {date: '2026-07-01'})))
  })
})
