// Where YAML mistakes people make by hand are reported: at the character to change, with its own code.
import {describe, expect, it} from 'vitest'
import type {Problem} from '../../src/core/errors.js'
import {placeProblems} from '../../src/io/load-inventory.js'
import {parseSource} from '../../src/io/parse-source.js'

const HEAD = 'apiVersion: yunwang/v1\nkind: NodeInventory\nnodes:\n'

function failure(text: string): Problem {
  const parsed = parseSource({file: 'x.yaml', text})
  if (parsed.ok) throw new Error('parsed')
  return parsed.problem
}

describe('parseSource on hand-made YAML mistakes', () => {
  it('a full-width colon after a key is FULLWIDTH_COLON at the colon itself', () => {
    const p = failure(`${HEAD}  - id: pc-main\n    name：省政务云\n    type: provincial-cloud\n`)
    expect([p.code, p.position.line, p.position.column]).toEqual(['FULLWIDTH_COLON', 5, 9])
  })

  it('a full-width colon on the last line of a list item, and one in a top-level key', () => {
    const p = failure(`${HEAD}  - id: pc-main\n    type: provincial-cloud\n    name：省政务云\n  - id: b\n`)
    expect([p.code, p.position.line, p.position.column]).toEqual(['FULLWIDTH_COLON', 6, 9])
    const top = failure('apiVersion: yunwang/v1\nkind：NodeInventory\nnodes: []\n')
    expect([top.code, top.position.line, top.position.column]).toEqual(['FULLWIDTH_COLON', 2, 5])
  })

  it('full-width spaces used as indentation are FULLWIDTH_SPACE at the first of them', () => {
    const p = failure(`${HEAD}  - id: pc-main\n　　name: 省政务云\n    type: provincial-cloud\n`)
    expect([p.code, p.position.line, p.position.column]).toEqual(['FULLWIDTH_SPACE', 5, 1])
    const after = failure(`${HEAD}  - id: pc-main\n  　name: 省政务云\n`)
    expect([after.code, after.position.line, after.position.column]).toEqual(['FULLWIDTH_SPACE', 5, 3])
  })

  it('leaves full-width colons and spaces inside values alone', () => {
    expect(parseSource({file: 'x.yaml', text: `${HEAD}  - id: pc-main\n    name: 省政务云：主节点　甲\n`}).ok).toBe(true)
    const tab = failure(`${HEAD}  - id: pc-main\n    name: 省政务云：主节点\n\ttype: x\n`)
    expect(tab.code).toBe('YAML_SYNTAX')
  })

  it('a missing "- " names the repeated key, where it first appeared, and that it is in a list', () => {
    const p = failure(`${HEAD}  - id: pc-main\n    name: 甲\n    id: pc-backup\n    name: 乙\n`)
    expect([p.code, p.position.line, p.position.column]).toEqual(['DUPLICATE_KEY', 6, 5])
    expect(p.data).toMatchObject({key: 'id', inList: 1})
    expect([p.related?.line, p.related?.column]).toEqual([4, 5])
    const map = failure('apiVersion: yunwang/v1\nkind: NodeInventory\napiVersion: x\n')
    expect(map.data).toMatchObject({key: 'apiVersion', inList: 0})
    expect([map.related?.line, map.related?.column]).toEqual([1, 1])
  })
})

describe('a blank value', () => {
  it('is placed at its key, not at 1:1', () => {
    const text = `${HEAD}  - id: pc-main\n    name:\n    type: provincial-cloud\n`
    const parsed = parseSource({file: 'x.yaml', text})
    expect(parsed.ok).toBe(true)
    const [p] = placeProblems([{code: 'WRONG_TYPE', position: {file: 'x.yaml', pointer: '/nodes/0/name'}, anchor: 'value', data: {}}], '/', () => ({file: 'x.yaml', text}))
    expect([p.position.line, p.position.column]).toEqual([5, 5])
    const flow = `${HEAD}  - {id: pc-main, name: , type: provincial-cloud}\n`
    const [q] = placeProblems([{code: 'WRONG_TYPE', position: {file: 'x.yaml', pointer: '/nodes/0/name'}, anchor: 'value', data: {}}], '/', () => ({file: 'x.yaml', text: flow}))
    expect([q.position.line, q.position.column]).toEqual([4, 19])
  })
})
