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
