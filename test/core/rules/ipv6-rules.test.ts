import {describe, expect, it} from 'vitest'
import {computeIpv6Readiness} from '../../../src/core/ipv6/compute-ipv6-readiness.js'
import {ipv6002} from '../../../src/core/rules/ipv6-rules.js'
import {ONE_CLOUD} from '../../helpers/one-cloud.js'
import {makeInventory} from '../../helpers/build-inventory.js'

describe('IPV6-002 and the ipv6 command agree', () => {
  const inv = makeInventory({
    nodes: [{id: 'n-prov', type: 'provincial-cloud', dualStack: true}, {id: 'n-v4', type: 'provincial-cloud'}],
    networks: [{id: 'x', type: 'extranet', dualStack: true, prefixes: ['240e:1::/32']}, {id: 'v4', type: 'private'}],
    systems: [
      {id: 'blocked', hosting: {node: 'n-v4'}, networks: ['x', 'v4'], ipv6: {addresses: ['240e:1::1'], aaaa: true, appSupport: 'full'}},
      {id: 'none', networks: ['x']},
      {id: 'unknown-app', networks: ['x'], ipv6: {addresses: ['240e:1::2'], aaaa: true, appSupport: 'unknown'}},
      {id: 'ready', networks: ['x'], ipv6: {addresses: ['2001:db8::1', '240e:1::3'], aaaa: true, appSupport: 'full'}},
      {id: 'outside', networks: ['x'], ipv6: {addresses: ['240e:2::1'], aaaa: true, appSupport: 'full'}},
      {id: 'app-partial', networks: ['x'], ipv6: {addresses: ['240e:1::4'], aaaa: true, appSupport: 'partial'}},
    ],
  })

  it('fires for every system the readiness calls anything but ready, and for no other', () => {
    const statuses = Object.fromEntries(computeIpv6Readiness(inv).systems.map(s => [s.id, s.status]))
    expect(statuses).toEqual({'app-partial': 'partial', blocked: 'blocked', none: 'unknown', outside: 'partial', ready: 'ready', 'unknown-app': 'unknown'})
    const hits = ipv6002({inv, asOf: '2026-01-01', oneCloud: ONE_CLOUD, exemptionNoticeDays: 90, targets: [], regions: new Map()}).hits.map(h => h.subject.id)
    expect(hits.sort()).toEqual(['app-partial', 'blocked', 'none', 'outside', 'unknown-app'])
  })
})
