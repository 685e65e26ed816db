import {describe, expect, it} from 'vitest'
import {assessIpv6Readiness, isValidGlobalIpv6} from '../../../src/core/rules/ipv6-readiness.js'
import {makeInventory} from '../../helpers/build-inventory.js'

describe('isValidGlobalIpv6', () => {
  it('accepts global unicast and refuses documentation, link-local, unique-local, mapped, multicast and junk', () => {
    expect(isValidGlobalIpv6('240e:1::1')).toBe(true)
    for (const bad of ['2001:db8::1', 'fe80::1', 'fd00::1', '::ffff:10.0.0.1', 'ff02::1', '::1', '10.0.0.1', '240e::1::2', '240e:1::1/64']) {
      expect(isValidGlobalIpv6(bad), bad).toBe(false)
    }
  })
  it('requires the address inside the listed IPv6 prefixes, ignoring IPv4 ones', () => {
    expect(isValidGlobalIpv6('240e:1::1', ['10.0.0.0/8', '240e:1::/32'])).toBe(true)
    expect(isValidGlobalIpv6('240e:2::1', ['10.0.0.0/8', '240e:1::/32'])).toBe(false)
    expect(isValidGlobalIpv6('240e:2::1', ['10.0.0.0/8'])).toBe(true)
  })
})

describe('assessIpv6Readiness', () => {
  const inv = makeInventory({
    nodes: [{id: 'n-prov', type: 'provincial-cloud', dualStack: true}, {id: 'n-v4', type: 'provincial-cloud'}],
    networks: [{id: 'x', type: 'extranet', dualStack: true, prefixes: ['240e:1::/32']}, {id: 'v4', type: 'private'}],
    systems: [
      {id: 'blocked', hosting: {node: 'n-v4'}, networks: ['x', 'v4'], ipv6: {addresses: ['240e:1::1'], aaaa: true, appSupport: 'full'}},
      {id: 'none', networks: ['x']},
      {id: 'unknown-app', networks: ['x'], ipv6: {addresses: ['240e:1::1'], aaaa: true, appSupport: 'unknown'}},
      {id: 'ready', networks: ['x'], ipv6: {addresses: ['2001:db8::1', '240e:1::1'], aaaa: true, appSupport: 'full'}},
      {id: 'outside', networks: ['x'], ipv6: {addresses: ['240e:2::1'], aaaa: true, appSupport: 'full'}},
      {id: 'app-partial', networks: ['x'], ipv6: {addresses: ['240e:1::1'], aaaa: true, appSupport: 'partial'}},
    ],
  })
  const status = (id: string) => assessIpv6Readiness(inv, inv.system.get(id)!)
  it('orders blocked, unknown, ready, partial as SPEC §5 does', () => {
    expect(status('blocked')).toMatchObject({status: 'blocked', blockers: ['node:n-v4', 'network:v4']})
    expect(status('none').status).toBe('unknown')
    expect(status('unknown-app').status).toBe('unknown')
    expect(status('ready')).toMatchObject({status: 'ready', invalidAddresses: ['2001:db8::1']})
    expect(status('outside')).toMatchObject({status: 'partial', invalidAddresses: ['240e:2::1']})
    expect(status('app-partial').status).toBe('partial')
  })
})
