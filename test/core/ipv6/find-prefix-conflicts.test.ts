import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseCidr} from '../../../src/core/net/parse-cidr.js'
import {findPrefixConflicts} from '../../../src/core/ipv6/find-prefix-conflicts.js'
import {prefixRange} from '../../../src/core/ipv6/prefix-range.js'

const pairs = (nets: Array<{id: string; prefixes: string[]}>): string[] =>
  findPrefixConflicts(nets).pairs.map(c => `${c.a} ${c.prefixA} ${c.b} ${c.prefixB}`)

describe('prefixRange', () => {
  it('ignores host bits and covers the whole block', () => {
    const r = prefixRange(parseCidr('10.1.2.3/16')!)
    expect([r.start, r.end]).toEqual([0x0a010000n, 0x0a01ffffn])
    const v6 = prefixRange(parseCidr('240e:6b0::/32')!)
    expect(v6.start).toBe(0x240e06b0n << 96n)
    expect(v6.end).toBe((0x240e06b0n << 96n) | ((1n << 96n) - 1n))
  })
})

describe('findPrefixConflicts', () => {
  it('finds nested and equal prefixes across networks, IPv4 and IPv6, and nothing else', () => {
    expect(pairs([
      {id: 'x', prefixes: ['10.32.0.0/12', '240e:6b0::/32']},
      {id: 'y', prefixes: ['10.44.0.0/16']},
      {id: 'z', prefixes: ['10.48.0.0/16', '240e:6b0:12::/48']},
      {id: 'w', prefixes: ['10.44.0.0/16']},
    ])).toEqual([
      'w 10.44.0.0/16 x 10.32.0.0/12',
      'w 10.44.0.0/16 y 10.44.0.0/16',
      'x 10.32.0.0/12 y 10.44.0.0/16',
      'x 240e:6b0::/32 z 240e:6b0:12::/48',
    ])
  })

  it('does not pair a network with itself, and keeps families apart', () => {
    expect(pairs([
      {id: 'a', prefixes: ['10.0.0.0/8', '10.1.0.0/16', '::/0']},
      {id: 'b', prefixes: ['0.0.0.0/32']},
    ])).toEqual([])
  })

  it('agrees with comparing every pair', () => {
    const prefix = fc.oneof(
      fc.tuple(fc.integer({min: 0, max: 15}), fc.integer({min: 4, max: 12})).map(([a, len]) => `10.${a * 16}.0.0/${len}`),
      fc.tuple(fc.integer({min: 0, max: 7}), fc.integer({min: 16, max: 40})).map(([a, len]) => `240e:${a}::/${len}`),
    )
    const network = fc.array(prefix, {maxLength: 3})
    fc.assert(fc.property(fc.array(network, {maxLength: 12}), lists => {
      const nets = lists.map((prefixes, i) => ({id: `n${String(i).padStart(2, '0')}`, prefixes}))
      const expected = new Set<string>()
      for (let i = 0; i < nets.length; i++) {
        for (let j = i + 1; j < nets.length; j++) {
          for (const p of new Set(nets[i].prefixes)) {
            for (const q of new Set(nets[j].prefixes)) {
              const a = prefixRange(parseCidr(p)!)
              const b = prefixRange(parseCidr(q)!)
              if (a.family === b.family && a.start <= b.end && b.start <= a.end) expected.add(`${nets[i].id} ${p} ${nets[j].id} ${q}`)
            }
          }
        }
      }
      const got = pairs(nets)
      expect(new Set(got)).toEqual(expected)
      expect(got.length).toBe(expected.size)
      const found = findPrefixConflicts(nets)
      expect(found.total).toBe(expected.size)
      expect(found.groups.reduce((sum, g) => sum + g.pairs, 0)).toBe(expected.size)
    }), {numRuns: 300})
  })

  it('groups the overlapping networks under their covering prefix, with the pairs counted', () => {
    const r = findPrefixConflicts([
      {id: 'x', prefixes: ['10.32.0.0/12', '240e:6b0::/32', '192.168.0.0/16']},
      {id: 'y', prefixes: ['10.44.0.0/16', '192.168.1.0/24']},
      {id: 'z', prefixes: ['10.48.0.0/16', '240e:6b0:12::/48']},
      {id: 'w', prefixes: ['10.44.0.0/16']},
      {id: 'v', prefixes: ['172.16.0.0/12']},
    ])
    expect(r.total).toBe(5)
    expect(r.pairs.length).toBe(5)
    expect(r.groups).toEqual([
      {family: 'ipv4', prefix: '10.32.0.0/12', networks: ['w', 'x', 'y'], pairs: 3},
      {family: 'ipv4', prefix: '192.168.0.0/16', networks: ['x', 'y'], pairs: 1},
      {family: 'ipv6', prefix: '240e:6b0::/32', networks: ['x', 'z'], pairs: 1},
    ])
  })

  it('caps the pair list and counts them all when 20,000 networks claim one prefix', () => {
    const n = 20_000
    const nets = Array.from({length: n}, (_, i) => ({id: `n${String(i).padStart(5, '0')}`, prefixes: ['10.0.0.0/8']}))
    const r = findPrefixConflicts(nets, {maxPairs: 1000})
    expect(r.total).toBe((n * (n - 1)) / 2)
    expect(r.pairs.length).toBe(1000)
    // The kept pairs are sorted as the full list is, and the same on every run.
    const keys = r.pairs.map(c => `${c.a} ${c.b}`)
    expect(keys).toEqual([...keys].sort())
    expect(r.pairs.every(c => c.a < c.b && c.prefixA === '10.0.0.0/8')).toBe(true)
    expect(findPrefixConflicts([...nets].reverse(), {maxPairs: 1000}).pairs).toEqual(r.pairs)
    expect(r.groups).toEqual([{family: 'ipv4', prefix: '10.0.0.0/8', networks: nets.map(x => x.id), pairs: r.total}])
  })
})
