import {describe, expect, it} from 'vitest'
import {CSV_BOM, csvCell, csvDocument} from '../../../src/render/escape/csv-cell.js'
import {dotComment, dotString} from '../../../src/render/escape/dot-string.js'
import {htmlText} from '../../../src/render/escape/html-text.js'
import {logPath} from '../../../src/render/escape/log-path.js'
import {markdownCell, markdownText} from '../../../src/render/escape/markdown-cell.js'
import {terminalLines, terminalText} from '../../../src/render/escape/terminal-text.js'
import {xmlText} from '../../../src/render/escape/xml-text.js'
import {renderTabular, Strong} from '../../../src/render/tabular.js'
import {textTable} from '../../../src/render/text-table.js'

describe('one escaping helper per format', () => {
  it('CSV: formula starts get an apostrophe, numbers typed as numbers do not, RFC 4180 quoting, BOM first', () => {
    for (const s of ['=1+1', '+1', '-520', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(s).replace(/^"/, '').startsWith("'")).toBe(true)
    expect(csvCell(-520)).toBe('-520')
    expect(csvCell('a,"b"')).toBe('"a,""b"""')
    expect(csvCell('=a,b')).toBe(`"'=a,b"`)
    expect(csvDocument([['a', 1]]).startsWith(CSV_BOM)).toBe(true)
    expect(csvDocument([['a', 1]])).toBe(`${CSV_BOM}a,1\r\n`)
  })

  it('terminal: C0, DEL and C1 controls shown as symbols; lines kept only by terminalLines', () => {
    expect(terminalText('a\u001b]0;x\u0007b\tc\nd\u009b')).toBe('a␛]0;x␇b⇥c↵d\\u009b')
    expect(terminalLines('a\u001b[2Jb\nc')).toBe('a␛[2Jb\nc')
  })

  it('a text table takes tabs, line breaks and escape sequences in cells without breaking its grid', () => {
    const out = textTable([['h1', 'h2'], ['a\tb', 'c\nd\u001b[31m']])
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/)
    const lines = out.trimEnd().split('\n')
    expect(new Set(lines.map(l => [...l].length)).size).toBe(1)
  })

  it('log paths: a name with a control character is quoted as a JSON string, others as they are', () => {
    expect(logPath('systems/a b.yaml')).toBe('systems/a b.yaml')
    expect(logPath('a\nb.yaml')).toBe('"a\\nb.yaml"')
    expect(logPath('a\u009bb')).toBe('"a\\u009bb"')
  })

  it('Markdown: HTML escaped, backslash before pipe cannot cancel the escape, no line break', () => {
    expect(markdownCell('<b>&</b>')).toBe('&lt;b&gt;&amp;&lt;/b&gt;')
    expect(markdownCell('a\\|b')).toBe('a\\\\\\|b')
    expect(markdownCell('a\r\nb\rc\nd')).toBe('a b c d')
    expect(markdownText('x|y\u001b[2J')).toBe('x|y␛\\[2J')
  })

  it('Markdown: inventory text starts no emphasis, code span, link or strikethrough; Strong cells are bold', () => {
    expect(markdownText('*财政*_局_`x`[a](b)~~c~~')).toBe('\\*财政\\*\\_局\\_\\`x\\`\\[a\\](b)\\~\\~c\\~\\~')
    expect(markdownCell('a\\*')).toBe('a\\\\\\*')
    expect(renderTabular({header: ['h'], rows: [[new Strong('*x*')]]}, 'markdown')).toBe('| h |\n| --- |\n| **\\*x\\*** |\n')
    expect(renderTabular({header: ['h'], rows: [[new Strong('=x')]]}, 'csv')).toContain("'=x")
  })

  it('XML: forbidden characters and lone surrogates replaced, astral characters kept, both quotes escaped', () => {
    expect(xmlText('\u0000\uFFFE\uDC00😀"\'')).toBe('\uFFFD\uFFFD\uFFFD😀&quot;&#39;')
    expect(htmlText('a\u202Eb\u2066c')).toBe('a\uFFFDb\uFFFDc')
  })

  it('DOT: NUL and other controls replaced, quotes and backslashes escaped; comments one line', () => {
    expect(dotString('a\u0000b"\\')).toBe('"a\uFFFDb\\"\\\\"')
    expect(dotComment('a\nb\u001b')).toBe('a b\uFFFD')
  })
})
