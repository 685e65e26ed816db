import {describe, expect, it} from 'vitest'
import {classifyAddress} from '../../../src/core/ipv6/classify-address.js'

const problemOf = (text: string): string => {
  const c = classifyAddress(text)
  return c.ok ? 'ok' : c.problem
}

describe('classifyAddress', () => {
  it.each([
    ['240e:6b0:3204:1::10', 'ok'],
    ['2408:8000::1', 'ok'],
    ['2409:8000:0:0:0:0:0:1', 'ok'],
    ['2001:db8::1', 'documentation'],
    ['2001:0db8:ffff::1', 'documentation'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['fc00::1', 'ula'],
    ['fd12:3456::1', 'ula'],
    ['::ffff:10.1.2.3', 'ipv4-mapped'],
    ['::ffff:a01:203', 'ipv4-mapped'],
    ['ff02::1', 'not-global-unicast'],
    ['::1', 'not-global-unicast'],
    ['::', 'not-global-unicast'],
    ['64:ff9b::a01:203', 'not-global-unicast'],
    ['4000::1', 'not-global-unicast'],
    ['10.1.2.3', 'malformed'],
    ['240e::1/64', 'malformed'],
    ['240e::g', 'malformed'],
    ['240e:1:2:3:4:5:6:7:8', 'malformed'],
    ['240e:::1', 'malformed'],
    [' 240e::1', 'malformed'],
    ['', 'malformed'],
    ['240e::1%eth0', 'malformed'],
  ])('%s → %s', (text, expected) => {
    expect(problemOf(text)).toBe(expected)
  })

  it('gives the same key for two spellings of one address', () => {
    const a = classifyAddress('240e:6b0::10')
    const b = classifyAddress('240E:06B0:0:0:0:0:0:0010')
    expect(a.ok && b.ok && a.key === b.key).toBe(true)
  })
})
