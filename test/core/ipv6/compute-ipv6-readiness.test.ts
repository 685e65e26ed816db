import {describe, expect, it} from 'vitest'
import {computeIpv6Readiness} from '../../../src/core/ipv6/compute-ipv6-readiness.js'
import {makeInventory, sys} from './make-inventory.js'

const READY = {addresses: ['240e:6b0::10'], aaaa: true, appSupport: 'full' as const}
const extranet = {id: 'net-ext', type: 'extranet' as const, dualStack: true, prefixes: ['10.32.0.0/12', '240e:6b0::/32']}

const statusOf = (r: ReturnType<typeof computeIpv6Readiness>, id: string) => r.systems.find(s => s.id === id)

describe('computeIpv6Readiness: the documented rules, in order', () => {
  it('blocked when the node or any attached network is not dual-stack, naming every blocker, before any other rule', () => {
    const r = computeIpv6Readiness(makeInventory({
      nodes: [{id: 'n-v4', dualStack: false}],
      networks: [extranet, {id: 'net-a', dualStack: false}, {id: 'net-b'}],
      systems: [
        sys('s-node', {hosting: {node: 'n-v4'}, ipv6: READY, networks: ['net-ext']}),
        sys('s-net', {networks: ['net-ext', 'net-b', 'net-a']}),
        sys('s-both', {hosting: {node: 'n-v4'}, networks: ['net-a']}),
      ],
    }))
    expect(statusOf(r, 's-node')).toMatchObject({status: 'blocked', reasons: ['node-not-dual-stack:n-v4']})
    // With no ipv6 block it would be unknown; blocked comes first.
    expect(statusOf(r, 's-net')).toMatchObject({status: 'blocked', reasons: ['network-not-dual-stack:net-a', 'network-not-dual-stack:net-b']})
    expect(statusOf(r, 's-both')).toMatchObject({status: 'blocked', reasons: ['node-not-dual-stack:n-v4', 'network-not-dual-stack:net-a']})
    expect(r.counts).toEqual({ready: 0, partial: 0, blocked: 3, unknown: 0})
  })

  it('unknown when there is no ipv6 block, or appSupport is unknown (stated or left out)', () => {
    const r = computeIpv6Readiness(makeInventory({
      systems: [
        sys('s-none'),
        sys('s-unknown', {ipv6: {...READY, appSupport: 'unknown'}}),
        sys('s-unstated', {ipv6: {addresses: READY.addresses, aaaa: true}}),
      ],
    }))
    expect(statusOf(r, 's-none')).toMatchObject({status: 'unknown', reasons: ['no-ipv6-block']})
    expect(statusOf(r, 's-unknown')).toMatchObject({status: 'unknown', reasons: ['app-support-unknown']})
    expect(statusOf(r, 's-unstated')).toMatchObject({status: 'unknown', reasons: ['app-support-unknown']})
  })

  it('ready with a valid address, aaaa and full support; partial otherwise, with every missing condition', () => {
    const r = computeIpv6Readiness(makeInventory({
      systems: [
        sys('s-ready', {ipv6: READY}),
        sys('s-no-addr', {ipv6: {...READY, addresses: []}}),
        sys('s-bad-addr', {ipv6: {...READY, addresses: ['2001:db8::1', 'fe80::1']}}),
        sys('s-no-aaaa', {ipv6: {...READY, aaaa: false}}),
        sys('s-aaaa-unset', {ipv6: {addresses: READY.addresses, appSupport: 'full'}}),
        sys('s-app-partial', {ipv6: {...READY, appSupport: 'partial'}}),
        sys('s-app-none', {ipv6: {addresses: [], aaaa: false, appSupport: 'none'}}),
      ],
    }))
    expect(statusOf(r, 's-ready')).toMatchObject({status: 'ready', reasons: []})
    expect(statusOf(r, 's-no-addr')).toMatchObject({status: 'partial', reasons: ['no-valid-address']})
    expect(statusOf(r, 's-bad-addr')).toMatchObject({status: 'partial', reasons: ['no-valid-address']})
    expect(statusOf(r, 's-no-aaaa')).toMatchObject({status: 'partial', reasons: ['no-aaaa']})
    expect(statusOf(r, 's-aaaa-unset')).toMatchObject({status: 'partial', reasons: ['no-aaaa']})
    expect(statusOf(r, 's-app-partial')).toMatchObject({status: 'partial', reasons: ['app-support-partial']})
    expect(statusOf(r, 's-app-none')).toMatchObject({status: 'partial', reasons: ['no-valid-address', 'no-aaaa', 'app-support-none']})
    expect(r.counts).toEqual({ready: 1, partial: 6, blocked: 0, unknown: 0})
    expect(r.rate).toBeCloseTo(1 / 7, 12)
  })

  it('leaves classified, retired and planned systems out: never listed, counted in excluded', () => {
    const r = computeIpv6Readiness(makeInventory({
      systems: [
        sys('s-a', {ipv6: READY}),
        sys('s-retiring', {status: 'retiring'}),
        sys('s-secret', {classified: true, ipv6: {addresses: ['fe80::1']}}),
        sys('s-old', {status: 'retired'}),
        sys('s-new', {status: 'planned'}),
      ],
    }))
    expect(r.systems.map(s => s.id)).toEqual(['s-a', 's-retiring'])
    expect(r.inScope).toBe(2)
    expect(r.rate).toBe(0.5)
    expect(r.excluded).toEqual({classified: 1, retired: 1, planned: 1})
    expect(r.addressProblems).toEqual([])
  })

  it('gives rate 1 and a warning for an empty scope', () => {
    const r = computeIpv6Readiness(makeInventory({systems: [sys('s', {classified: true})]}))
    expect(r.rate).toBe(1)
    expect(r.warnings).toEqual([{code: 'EMPTY_SCOPE'}])
  })
})

describe('address problems', () => {
  it('reports each invalid address with its code, for every in-scope system whatever its status', () => {
    const r = computeIpv6Readiness(makeInventory({
      nodes: [{id: 'n-v4'}],
      systems: [
        sys('s1', {ipv6: {addresses: ['zz::1', '2001:db8::5', 'fe80::1', 'fd00::1', '::ffff:10.0.0.1', 'ff02::1', '240e:1::1'], aaaa: true, appSupport: 'full'}}),
        sys('s2', {hosting: {node: 'n-v4'}, ipv6: {addresses: ['::1']}}),
      ],
    }))
    expect(r.addressProblems.map(p => `${p.system} ${p.address} ${p.problem}`)).toEqual([
      's1 2001:db8::5 documentation',
      's1 ::ffff:10.0.0.1 ipv4-mapped',
      's1 fd00::1 ula',
      's1 fe80::1 link-local',
      's1 ff02::1 not-global-unicast',
      's1 zz::1 malformed',
      's2 ::1 not-global-unicast',
    ])
    expect(statusOf(r, 's1')?.status).toBe('ready')
  })

  it('requires an address inside the IPv6 prefixes of the attached networks that list any', () => {
    const r = computeIpv6Readiness(makeInventory({
      networks: [
        extranet,
        {id: 'net-p', dualStack: true, prefixes: ['240e:6b1::/32', '172.20.0.0/16']},
        {id: 'net-v4only', dualStack: true, prefixes: ['172.21.0.0/16']},
      ],
      systems: [
        sys('s-in-second', {networks: ['net-ext', 'net-p'], ipv6: {...READY, addresses: ['240e:6b1::1']}}),
        sys('s-outside', {networks: ['net-ext', 'net-v4only'], ipv6: {...READY, addresses: ['240e:6b1::2']}}),
        sys('s-free', {networks: ['net-v4only'], ipv6: {...READY, addresses: ['2408:1::1']}}),
        sys('s-unattached', {ipv6: {...READY, addresses: ['2408:1::2']}}),
      ],
    }))
    expect(r.addressProblems.map(p => `${p.system} ${p.address} ${p.problem}`)).toEqual(['s-outside 240e:6b1::2 outside-prefix'])
    expect(statusOf(r, 's-in-second')?.status).toBe('ready')
    expect(statusOf(r, 's-outside')).toMatchObject({status: 'partial', reasons: ['no-valid-address']})
    expect(statusOf(r, 's-free')?.status).toBe('ready')
    expect(statusOf(r, 's-unattached')?.status).toBe('ready')
  })

  it('reports an address on two systems on both, whatever its spelling, and once per system', () => {
    const r = computeIpv6Readiness(makeInventory({
      systems: [
        sys('s-a', {ipv6: {...READY, addresses: ['240e:6b0::10', '240e:6b0:0::10']}}),
        sys('s-b', {ipv6: {...READY, addresses: ['240E:6B0::0010']}}),
        sys('s-c', {ipv6: {...READY, addresses: ['2001:db8::1']}}),
        sys('s-d', {ipv6: {...READY, addresses: ['2001:db8::1']}}),
      ],
    }))
    expect(r.addressProblems.map(p => `${p.system} ${p.address} ${p.problem}`)).toEqual([
      's-a 240e:6b0::10 duplicate',
      's-b 240E:6B0::0010 duplicate',
      's-c 2001:db8::1 documentation',
      's-d 2001:db8::1 documentation',
    ])
    // A duplicate is flagged, not invalid: readiness keeps the documented definition of a valid address.
    expect(statusOf(r, 's-a')?.status).toBe('ready')
  })
})

describe('blockers', () => {
  it('ranks by in-scope systems blocked, then id', () => {
    const r = computeIpv6Readiness(makeInventory({
      nodes: [{id: 'n-b'}, {id: 'n-a'}],
      networks: [{id: 'net-z'}, {id: 'net-a', dualStack: true}],
      systems: [
        sys('s1', {hosting: {node: 'n-b'}, networks: ['net-z']}),
        sys('s2', {hosting: {node: 'n-b'}}),
        sys('s3', {networks: ['net-z']}),
        sys('s4', {hosting: {node: 'n-a'}}),
        sys('s5', {hosting: {node: 'n-a'}}),
        sys('s6', {hosting: {node: 'n-a'}, classified: true}),
        sys('s7', {networks: ['net-a']}),
      ],
    }))
    expect(r.blockers).toEqual([
      {kind: 'node', id: 'n-a', blocks: 2, systems: ['s4', 's5']},
      {kind: 'node', id: 'n-b', blocks: 2, systems: ['s1', 's2']},
      {kind: 'network', id: 'net-z', blocks: 2, systems: ['s1', 's3']},
    ])
  })
})

describe('IPv6-only capable', () => {
  it('counts ready systems whose dependencies are all ready, transitively, through cycles', () => {
    const r = computeIpv6Readiness(makeInventory({
      systems: [
        sys('a', {ipv6: READY, dependsOn: ['b']}),
        sys('b', {ipv6: READY, dependsOn: ['c']}),
        sys('c', {ipv6: READY}),
        sys('d', {ipv6: READY, dependsOn: ['e']}),
        sys('e', {ipv6: READY, dependsOn: ['f']}),
        sys('f', {ipv6: {...READY, aaaa: false}}),
        sys('g', {ipv6: READY, dependsOn: ['h']}),
        sys('h', {ipv6: READY, dependsOn: ['g']}),
        sys('i', {ipv6: READY, dependsOn: ['j']}),
        sys('j', {ipv6: READY, dependsOn: ['i', 'k']}),
        sys('k', {ipv6: READY, classified: true}),
      ],
    }))
    expect(r.systems.filter(s => s.ipv6OnlyCapable).map(s => s.id)).toEqual(['a', 'b', 'c', 'g', 'h'])
    expect(r.ipv6OnlyCapable).toEqual({count: 5, rate: 5 / 10})
  })

  it('ignores a dependency on itself, and blocks a whole cycle when one member depends on a system not ready', () => {
    const r = computeIpv6Readiness(makeInventory({
      systems: [
        sys('m', {ipv6: READY, dependsOn: ['m']}),
        sys('p', {ipv6: READY, dependsOn: ['q']}),
        sys('q', {ipv6: READY, dependsOn: ['r']}),
        sys('r', {ipv6: READY, dependsOn: ['p', 's']}),
        sys('s', {ipv6: {...READY, aaaa: false}}),
        sys('t', {ipv6: READY, dependsOn: ['p']}),
      ],
    }))
    expect(r.systems.filter(s => s.ipv6OnlyCapable).map(s => s.id)).toEqual(['m'])
  })
})

describe('conflicts', () => {
  it('flags the pairs that matter for consolidation and leaves classified networks out', () => {
    const r = computeIpv6Readiness(makeInventory({
      networks: [
        {id: 'ext', type: 'extranet', prefixes: ['10.32.0.0/12']},
        {id: 'p-done', consolidation: {status: 'done'}, prefixes: ['10.33.0.0/16', '172.16.0.0/16']},
        {id: 'p-live', consolidation: {status: 'planned'}, prefixes: ['172.16.1.0/24']},
        {id: 'p-live2', prefixes: ['172.16.1.0/25']},
        {id: 'inet', type: 'internet', prefixes: ['172.16.0.0/12']},
        {id: 'sec', type: 'classified', prefixes: ['10.0.0.0/8']},
      ],
      systems: [],
    }))
    expect(r.conflicts.map(c => `${c.a} ${c.prefixA} ${c.b} ${c.prefixB} ${c.relevant}`)).toEqual([
      'ext 10.32.0.0/12 p-done 10.33.0.0/16 true',
      'inet 172.16.0.0/12 p-done 172.16.0.0/16 false',
      'inet 172.16.0.0/12 p-live 172.16.1.0/24 false',
      'inet 172.16.0.0/12 p-live2 172.16.1.0/25 false',
      'p-done 172.16.0.0/16 p-live 172.16.1.0/24 false',
      'p-done 172.16.0.0/16 p-live2 172.16.1.0/25 false',
      'p-live 172.16.1.0/24 p-live2 172.16.1.0/25 true',
    ])
  })

  it('reports the overlap groups and the pair count, the pair list capped', () => {
    const r = computeIpv6Readiness(makeInventory({
      networks: Array.from({length: 3000}, (_, i) => ({id: `p${String(i).padStart(4, '0')}`, prefixes: ['10.0.0.0/8']})),
      systems: [],
    }))
    expect(r.conflictCount).toBe((3000 * 2999) / 2)
    expect(r.conflicts.length).toBe(1000)
    expect(r.conflictGroups).toEqual([{family: 'ipv4', prefix: '10.0.0.0/8', networks: Array.from({length: 3000}, (_, i) => `p${String(i).padStart(4, '0')}`), pairs: r.conflictCount}])
  })
})

describe('groups', () => {
  it('gives counts and rate per key, sorted by key, with labels', () => {
    const r = computeIpv6Readiness(makeInventory({
      systems: [
        sys('a', {region: '320100', ipv6: READY}),
        sys('b', {region: '320100'}),
        sys('c', {region: '320000', ipv6: READY}),
      ],
    }), {groupBy: {by: 'region', key: s => s.region, label: k => `L${k}`}})
    expect(r.by).toBe('region')
    expect(r.groups).toEqual([
      {key: '320000', label: 'L320000', ready: 1, partial: 0, blocked: 0, unknown: 0, total: 1, rate: 1},
      {key: '320100', label: 'L320100', ready: 1, partial: 0, blocked: 0, unknown: 1, total: 2, rate: 0.5},
    ])
  })
})

describe('an address written twice on one system', () => {
  it('is reported once, whatever it is', () => {
    const r = computeIpv6Readiness(makeInventory({
      systems: [sys('s', {ipv6: {addresses: ['nope', 'nope', '240e::1', '240e:0::1'], aaaa: true, appSupport: 'full'}})],
    }))
    expect(r.addressProblems.map(p => `${p.address} ${p.problem}`)).toEqual(['nope malformed'])
  })
})
