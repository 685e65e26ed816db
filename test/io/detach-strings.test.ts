// detachStrings copies a parsed value's long strings so that the file's text can be collected; the value
// itself must not change: same strings, same shape, aliases still shared.
import {describe, expect, it} from 'vitest'
import {detachStrings} from '../../src/io/detach-strings.js'
import {load} from '../../src/io/js-yaml.js'
import {parseSource} from '../../src/io/parse-source.js'

const text = [
  'apiVersion: yunwang/v1',
  'kind: SystemInventory',
  'systems:',
  '  - id: nj-0001',
  '    name: "南京市交通运输局公共服务平台112"',
  '    networks: [net-extranet-long-name, net-internet]',
  '    ipv6: {addresses: ["2409:8a00:869::aaa6", "2409:8a00:869::aaa7"], aaaa: true}',
  '    tags: &t {owner: "一位很长名字的负责人（信息中心）", "__proto__": "a key that is not a prototype"}',
  '  - id: nj-0002',
  '    name: short',
  '    tags: *t',
  '',
].join('\n')

describe('detachStrings', () => {
  it('leaves a parsed inventory equal to what js-yaml loads, keys included', () => {
    const r = parseSource({file: 'systems.yaml', text})
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.value).toStrictEqual(load(text))
  })

  it('keeps shared subtrees shared and copies their strings once', () => {
    const r = parseSource({file: 'systems.yaml', text})
    if (!r.ok) throw new Error('does not parse')
    const systems = (r.value as {systems: Array<{tags: object}>}).systems
    expect(systems[0].tags).toBe(systems[1].tags)
  })

  it('copies strings in arrays and objects at any depth, and leaves numbers, booleans and nulls', () => {
    const long = 'x'.repeat(40)
    const value = {a: [long.slice(1), 1, true, null, [{b: long.slice(2)}]], c: 'short'}
    detachStrings(value)
    expect(value).toStrictEqual({a: ['x'.repeat(39), 1, true, null, [{b: 'x'.repeat(38)}]], c: 'short'})
  })

  it('takes scalars and empty values as they are', () => {
    expect(() => detachStrings('x'.repeat(20))).not.toThrow()
    expect(() => detachStrings(null)).not.toThrow()
    const empty = {list: [], map: {}}
    detachStrings(empty, true)
    expect(empty).toStrictEqual({list: [], map: {}})
  })

  it('says whether every number it met is finite, at any depth, through shared subtrees too', () => {
    expect(detachStrings({a: [1, {b: 2.5}], c: 'x'})).toBe(true)
    expect(detachStrings({a: [1, {b: Number.POSITIVE_INFINITY}]})).toBe(false)
    expect(detachStrings([[Number.NaN]])).toBe(false)
    const shared = {n: Number.NEGATIVE_INFINITY}
    expect(detachStrings({x: shared, y: shared}, true)).toBe(false)
    expect(detachStrings(Number.NaN)).toBe(false)
    expect(detachStrings('text')).toBe(true)
  })
})
