import {describe, expect, it} from 'vitest'
import {escapePointer, locatePointers} from '../../src/io/locate-pointers.js'
import {LineIndex} from '../../src/io/text-position.js'

const at = (text: string, pointer: string, part: 'key' | 'value' = 'value') => {
  const o = locatePointers(text, [pointer]).get(pointer)!
  return new LineIndex(text).at(part === 'key' ? o.key ?? o.value : o.value)
}

describe('locatePointers', () => {
  const text = 'a: 1\nlist:\n  - {x: "quoted", y: [p, q]}\n  - name: 中文名称\n    "a/b": v\n'

  it('places keys and values in block and flow collections', () => {
    expect(at(text, '/a', 'key')).toEqual({line: 1, column: 1})
    expect(at(text, '/a')).toEqual({line: 1, column: 4})
    expect(at(text, '/list/0/y/1')).toEqual({line: 3, column: 26})
    expect(at(text, '/list/1/name')).toEqual({line: 4, column: 11})
  })

  it('points at the opening quote of a quoted scalar', () => {
    expect(at(text, '/list/0/x')).toEqual({line: 3, column: 9})
  })

  it('understands escaped pointer segments', () => {
    expect(escapePointer('a/b')).toBe('a~1b')
    expect(at(text, '/list/1/a~1b', 'key')).toEqual({line: 5, column: 5})
  })

  it('falls back to the nearest existing ancestor', () => {
    expect(at(text, '/list/1/missing')).toEqual({line: 4, column: 5})
  })

  it('counts columns in characters, so CJK text does not shift them', () => {
    expect(at('名称: 值\n', '/名称')).toEqual({line: 1, column: 5})
  })
})

describe('placing many problems on one long line', () => {
  it('places 500 pointers on a 7 MB one-line JSON document, columns counted in characters', () => {
    // Each system carries a CJK name and an astral character, so columns differ from UTF-16 offsets.
    const systems = Array.from({length: 40_000}, (_, i) => ({id: `s${i}`, name: `系统𠀀${i}`, note: 'x'.repeat(135)}))
    const text = JSON.stringify({systems})
    expect(text.length).toBeGreaterThan(7_000_000)
    const pointers = Array.from({length: 500}, (_, k) => `/systems/${40_000 - 1 - k * 7}/name`)
    const offsets = locatePointers(text, pointers)
    const lines = new LineIndex(text)
    for (const p of [pointers[0], pointers[499]]) {
      const o = offsets.get(p)!.value
      const i = Number(p.split('/')[2])
      expect(text.slice(o, o + 5 + String(i).length)).toBe(`"系统𠀀${i}`)
      expect(lines.at(o)).toEqual({line: 1, column: [...text.slice(0, o)].length + 1})
    }
    const placed = pointers.map(p => lines.at(offsets.get(p)!.value))
    expect(placed.every((x, k) => x.line === 1 && (k === 0 || x.column < placed[k - 1].column))).toBe(true)
  })

  it('counts a surrogate pair as one column, a lone surrogate as one, and lines after them as usual', () => {
    const text = 'a𠀀b\ud800c\n𠀀𠀀d'
    const lines = new LineIndex(text)
    expect(lines.at(text.indexOf('b'))).toEqual({line: 1, column: 3})
    expect(lines.at(text.indexOf('c'))).toEqual({line: 1, column: 5})
    expect(lines.at(text.indexOf('d'))).toEqual({line: 2, column: 3})
    // An offset inside a pair (at its low half) counts the high half as a column, as the characters before it are counted.
    expect(lines.at(2)).toEqual({line: 1, column: 3})
  })
})
