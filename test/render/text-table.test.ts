// textTable draws what the `table` package draws (norc border, header rule), wrapped columns included.
import fc from 'fast-check'
import {getBorderCharacters, table} from 'table'
import {describe, expect, it} from 'vitest'
import {textTable} from '../../src/render/text-table.js'

const reference = (rows: string[][], right: number[], wrap: Record<number, number>) => table(rows, {
  border: getBorderCharacters('norc'),
  columns: Object.fromEntries(rows[0].map((_, i) => [i, {alignment: right.includes(i) ? 'right' : 'left', ...(wrap[i] === undefined ? {} : {width: wrap[i], wrapWord: true})}])) as never,
  drawHorizontalLine: (i, size) => i === 0 || i === 1 || i === size,
})

const pieces = ['系统', '江苏省', 'plat-auth', ' ', '  ', '-', '.', ',', '/', '_', '（一朵云）', '2025-12-31', 'abc', 'x', '；', '苏政办发〔2023〕12号', '，', 'd0001-0001', '']
const cell = fc.array(fc.constantFrom(...pieces), {maxLength: 12}).map(p => p.join(''))

describe('textTable', () => {
  it('matches table() on CJK and ASCII cells, alignment and word wrap', () => {
    fc.assert(fc.property(fc.integer({min: 1, max: 5}), fc.integer({min: 1, max: 6}), fc.integer({min: 0, max: 2 ** 10}), fc.array(fc.array(cell, {minLength: 5, maxLength: 5}), {minLength: 1, maxLength: 6}), fc.integer({min: 2, max: 14}), (cols, nrows, bits, grid, w) => {
      const rows = grid.slice(0, nrows).map(r => r.slice(0, cols))
      const right = [...Array(cols).keys()].filter(i => bits & (1 << i))
      const wrap: Record<number, number> = {}
      for (let i = 0; i < cols; i++) if (bits & (1 << (i + 5))) wrap[i] = w + i
      expect(textTable(rows, {right, wrap})).toBe(reference(rows, right, wrap))
    }), {numRuns: 400})
  })

  it('hands unusual text (emoji, combining marks) to table(), control characters made visible first', () => {
    const rows = [['a', 'b'], ['x\ny', '\u001B[31mred\u001B[39m'], ['👍🏽', 'é']]
    const shown = [['a', 'b'], ['x↵y', '␛[31mred␛[39m'], ['👍🏽', 'é']]
    expect(textTable(rows, {right: [1]})).toBe(reference(shown, [1], {}))
  })

  it('keeps the line breaks of the columns it is told hold lines', () => {
    const rows = [['a', 'b'], ['x\ny', 'p\nq']]
    expect(textTable(rows, {lines: [0]})).toBe(reference([['a', 'b'], ['x\ny', 'p↵q']], [], {}))
  })
})
