// writeJson must write exactly what JSON.stringify(value, null, 2) + "\n" would, whatever the shape.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {writeJson} from '../../src/io/write-json.js'

const written = (value: unknown) => {
  const parts: string[] = []
  writeJson(value, chunk => parts.push(chunk))
  return parts.join('')
}

describe('writeJson', () => {
  it('matches JSON.stringify on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), v => written(v) === `${JSON.stringify(v, null, 2)}\n`), {numRuns: 300})
  })

  it('matches JSON.stringify on large nested arrays and objects, split into pieces', () => {
    const nodes = Array.from({length: 3000}, (_, i) => ({id: `s-${i}`, name: `系统${i}`, tags: i % 3 ? [] : ['a', 'b'], gone: undefined, deps: {n: i, list: [i, null]}}))
    const wide = Object.fromEntries(Array.from({length: 600}, (_, i) => [`k${i}`, i % 2 ? {x: [i]} : `v${i}`]))
    const value = {nodes, nested: {deep: {edges: nodes.map(n => [n.id, n.deps.n])}}, wide, empty: {}, none: [], skip: undefined, holes: [undefined, () => 1, ...Array.from({length: 300}, (_, i) => i)]}
    const parts: string[] = []
    writeJson(value, chunk => parts.push(chunk))
    expect(parts.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`)
  })

  it('gives a writer that takes pieces the chunks as pieces, never joined, and the same text in all', () => {
    const findings = Array.from({length: 2000}, (_, i) => ({rule: `R-${i % 7}`, subject: {kind: 'system', id: `s-${i}`}, message: `系统${i} "quoted"\n`}))
    const value = {findings, summary: {n: findings.length}}
    const whole: string[] = []
    const pieces: string[][] = []
    const write = Object.assign((chunk: string) => whole.push(chunk), {many: (p: readonly string[]) => pieces.push([...p])})
    writeJson(value, write)
    expect(whole).toEqual([])
    expect(pieces.length).toBeGreaterThan(0)
    expect(pieces.some(p => p.length > 1)).toBe(true)
    expect(pieces.flat().join('')).toBe(`${JSON.stringify(value, null, 2)}\n`)
  })

  it('matches JSON.stringify on long arrays mixing members with toJSON, large members and small ones, at any depth', () => {
    class Lazy {
      constructor(private readonly n: number) {}
      toJSON() {
        return {n: this.n, text: `第${this.n}\n行`, list: [this.n]}
      }
    }
    const mixed = Array.from({length: 1000}, (_, i) => (i % 97 === 0 ? Array.from({length: 300}, (_, j) => j) : i % 89 === 0 ? {big: Array.from({length: 260}, () => ({i}))} : i % 2 ? new Lazy(i) : i % 3 ? `s${i}` : null))
    for (const value of [mixed, {a: mixed}, {a: {b: [mixed]}}, [[[{c: mixed}]]]]) expect(written(value)).toBe(`${JSON.stringify(value, null, 2)}\n`)
  })

  it('matches JSON.stringify on long arrays mixing small members with ones written in pieces', () => {
    const wide = Object.fromEntries(Array.from({length: 300}, (_, i) => [`k${i}`, i]))
    const long = Array.from({length: 300}, (_, i) => ({i}))
    const member = (i: number): unknown =>
      i % 97 === 0 ? wide : i % 89 === 0 ? long : i % 83 === 0 ? new Date(Date.UTC(2026, 0, 1 + i)) : i % 79 === 0 ? {list: long, n: i} : i % 7 === 0 ? undefined : i % 5 === 0 ? [i, `s${i}`] : {id: `s-${i}`, n: i, none: undefined}
    const value = {top: Array.from({length: 1500}, (_, i) => member(i)), deep: {a: {b: [Array.from({length: 1100}, (_, i) => member(i))]}}}
    expect(written(value)).toBe(`${JSON.stringify(value, null, 2)}\n`)
  })

  it('writes scalars and empty containers as JSON.stringify does', () => {
    for (const v of [null, 0, -1.5, 'x"\n', true, [], {}, {a: []}, [[]]]) expect(written(v)).toBe(`${JSON.stringify(v, null, 2)}\n`)
  })
})
