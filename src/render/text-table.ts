// A boxed text table, the same characters as the `table` package draws with its 'norc' border (top,
// header and bottom rules), at a fraction of its cost: `table` measures and slices every cell through
// ANSI-aware helpers that rebuild large regular expressions per call, which took minutes on the
// 100,000-row tables of a national inventory. Plain text (no escape codes, line breaks, combining marks
// or astral characters) is drawn here; anything else is handed to `table` itself, which handles it.
import {createRequire} from 'node:module'
import stringWidth from 'string-width'
import {terminalLines, terminalText} from './escape/terminal-text.js'

// `table` (34 modules) is loaded on the first unusual table only, not by every command that may print one.
type TablePackage = typeof import('table')
let tablePackage: TablePackage | undefined
const tableLib = (): TablePackage => (tablePackage ??= createRequire(import.meta.url)('table') as TablePackage)

export interface TextTableOptions {
  /** Right-aligned columns. */
  right?: number[]
  /** Columns of fixed width whose text wraps at spaces (as `table`'s `wrapWord`). */
  wrap?: Record<number, number>
  /** Columns whose cells are lines joined with \n by the caller (ids); elsewhere a line break is shown as ↵. */
  lines?: number[]
}

// eslint-disable-next-line no-control-regex
// With the u flag a surrogate range matches only lone surrogates: astral characters are named as such.
const UNUSUAL = /[\u0000-\u001f\u007f-\u009f\u200d\ud800-\udfff\ufe00-\ufe0f\u{10000}-\u{10ffff}]|\p{M}/u
const ASCII = /^[\u0020-\u007e]*$/
const widths = new Map<string, number>()

function charWidth(c: string): number {
  let w = widths.get(c)
  if (w === undefined) {
    w = stringWidth(c)
    widths.set(c, w)
  }
  return w
}

function width(s: string): number {
  if (ASCII.test(s)) return s.length
  let w = 0
  for (const c of s) w += charWidth(c)
  return w
}

/** Lines of `input` broken as `table`'s wrapWord breaks them (at spaces and after \ / _ . , ; -). */
function wrapWord(input: string, size: number): string[] {
  const chars = [...input]
  const cols = chars.map(c => Math.max(charWidth(c), 1))
  const w = Math.max(size, 1)
  const re = new RegExp(`(^.{1,${w}}(\\s+|$))|(^.{1,${Math.max(size - 1, 1)}}(\\\\|/|_|\\.|,|;|-))`)
  let subject = chars.map((c, i) => c.repeat(cols[i])).join('')
  let index = 0
  const consume = (columns: number) => {
    let positions = 0
    let remaining = columns
    while (remaining > 0 && index < chars.length) {
      remaining -= cols[index]
      positions += 1
      index += 1
    }
    return positions
  }
  const out: string[] = []
  let start = 0
  do {
    const match = re.exec(subject)
    let lineColumns: number
    let chunkColumns: number
    if (match) {
      chunkColumns = match[0].length
      lineColumns = match[0].trimEnd().length
    } else {
      lineColumns = index < chars.length ? cols[index] : 0
      for (let next = index + 1; next < chars.length && lineColumns + cols[next] <= w; next += 1) lineColumns += cols[next]
      chunkColumns = lineColumns
    }
    const length = consume(lineColumns)
    const offset = consume(chunkColumns - lineColumns)
    out.push(chars.slice(start, start + length).join(''))
    start += length + offset
    subject = subject.slice(chunkColumns)
  } while (subject.length > 0)
  return out
}

export function textTable(cells: string[][], o: TextTableOptions = {}): string {
  // Control characters (escape sequences, tabs, line breaks) are shown, never obeyed or left to break the grid.
  const rows = cells.map(r => r.map((c, i) => (o.lines?.includes(i) ? terminalLines(c) : terminalText(c))))
  const wrap = o.wrap ?? {}
  if (rows.some(r => r.some(c => UNUSUAL.test(c)))) {
    const {getBorderCharacters, table} = tableLib()
    return table(rows, {
      border: getBorderCharacters('norc'),
      columns: Object.fromEntries(rows[0].map((_, i) => [i, {alignment: o.right?.includes(i) ? 'right' : 'left', ...(wrap[i] === undefined ? {} : {width: wrap[i], wrapWord: true})}])),
      drawHorizontalLine: (i, size) => i === 0 || i === 1 || i === size,
    })
  }
  const n = rows[0]?.length ?? 0
  const right = new Set(o.right ?? [])
  // Each row as its lines: wrapped cells may take several, the others one.
  const lines = rows.map(r => r.map((c, i) => (wrap[i] === undefined ? [c] : wrapWord(c, wrap[i]))))
  const cellWidths = lines.map(r => r.map(lines => lines.map(width)))
  // A reduce, not Math.max(...widths): a spread of 100,000 rows into one call overflows the stack.
  const colWidth = Array.from({length: n}, (_, i) => wrap[i] ?? cellWidths.reduce((m, r) => Math.max(m, r[i][0]), 0))
  const rule = (l: string, m: string, r: string) => `${l}${colWidth.map(w => '─'.repeat(w + 2)).join(m)}${r}`
  const out: string[] = [rule('┌', '┬', '┐')]
  lines.forEach((r, k) => {
    const height = r.reduce((m, l) => Math.max(m, l.length), 1)
    for (let line = 0; line < height; line++) {
      let s = '│'
      for (let i = 0; i < n; i++) {
        const text = r[i][line] ?? ''
        const pad = ' '.repeat(Math.max(0, colWidth[i] - (r[i][line] === undefined ? 0 : cellWidths[k][i][line])))
        s += right.has(i) ? ` ${pad}${text} │` : ` ${text}${pad} │`
      }
      out.push(s)
    }
    if (k === 0 && rows.length > 1) out.push(rule('├', '┼', '┤'))
  })
  out.push(rule('└', '┴', '┘'))
  return `${out.join('\n')}\n`
}
