import {describe, expect, it} from 'vitest'
import {safeFileName} from '../../../src/core/text/safe-file-name.js'

describe('safeFileName', () => {
  it('keeps a Chinese department name as it is', () => {
    expect(safeFileName('省人力资源社会保障厅')).toBe('省人力资源社会保障厅')
  })
  it('replaces what Windows forbids and marks the name with a hash of the original', () => {
    const a = safeFileName('省厅/处:一')
    expect(a).toMatch(/^省厅_处_一-[0-9a-f]{8}$/)
    expect(safeFileName('省厅_处_一')).toBe('省厅_处_一')
    expect(a).not.toBe(safeFileName('省厅\\处:一'))
    expect(safeFileName('省厅/处:一')).toBe(a)
  })
  it('refuses device names, trailing dots and spaces, and empty names', () => {
    expect(safeFileName('CON')).toMatch(/^_CON-[0-9a-f]{8}$/)
    expect(safeFileName('厅. ')).toMatch(/^厅-[0-9a-f]{8}$/)
    expect(safeFileName('...')).toMatch(/^_-[0-9a-f]{8}$/)
  })
  it('cuts long names to 80 characters', () => {
    expect([...safeFileName('厅'.repeat(200))].length).toBe(80 + 9)
  })
})
