// IPv6 dual-stack readiness exactly as docs/definitions.md defines it, with the blockers a network team works down,
// the address problems to fix, IPv6-only capability and the prefix conflicts that break consolidation.
import ipaddr from 'ipaddr.js'
import type {Inventory, NetworkRecord, SystemRecord} from '../inventory/model.js'
import {isInScope} from '../inventory/scope.js'
import {parseCidr} from '../net/parse-cidr.js'
import {type AddressProblemCode, classifyAddress} from './classify-address.js'
import {findIpv6OnlyCapable} from './find-ipv6-only-capable.js'
import {type PrefixConflict, type PrefixOverlapGroup, findPrefixConflicts} from './find-prefix-conflicts.js'

export type Ipv6Status = 'ready' | 'partial' | 'blocked' | 'unknown'

/** The blocked reasons, by the kind of the blocker they name. */
const BLOCKED_BY = {node: 'node-not-dual-stack', network: 'network-not-dual-stack'} as const

/**
 * Machine codes, `code` or `code:id`: node-not-dual-stack:ID, network-not-dual-stack:ID (blocked);
 * no-ipv6-block, app-support-unknown (unknown); no-valid-address, no-aaaa, app-support-partial,
 * app-support-none (partial). A ready system has none.
 */
export type Ipv6Reason =
  | `${(typeof BLOCKED_BY)[keyof typeof BLOCKED_BY]}:${string}`
  | 'no-ipv6-block' | 'app-support-unknown' | 'no-valid-address' | 'no-aaaa' | 'app-support-partial' | 'app-support-none'

export interface Ipv6SystemResult {
  id: string
  status: Ipv6Status
  reasons: Ipv6Reason[]
  ipv6OnlyCapable: boolean
}

export interface Ipv6Blocker {
  kind: 'node' | 'network'
  id: string
  blocks: number
  systems: string[]
}

export interface Ipv6AddressProblem {
  system: string
  address: string
  problem: AddressProblemCode
}

export interface Ipv6Conflict extends PrefixConflict {
  /** Matters for consolidation: a private network against the extranet, or two private networks both being consolidated. */
  relevant: boolean
}

export interface Ipv6Counts {
  ready: number
  partial: number
  blocked: number
  unknown: number
}

export interface Ipv6Group extends Ipv6Counts {
  key: string
  label: string
  total: number
  rate: number
}

export interface Ipv6Result {
  /** ready / in-scope; 1 when nothing is in scope (see warnings). */
  rate: number
  counts: Ipv6Counts
  inScope: number
  excluded: {classified: number; retired: number; planned: number}
  ipv6OnlyCapable: {count: number; rate: number}
  systems: Ipv6SystemResult[]
  blockers: Ipv6Blocker[]
  addressProblems: Ipv6AddressProblem[]
  /** The first 1,000 overlapping prefix pairs (see `conflictCount` for all of them). */
  conflicts: Ipv6Conflict[]
  /** Every overlapping prefix pair, listed in `conflicts` or not. */
  conflictCount: number
  /** Networks whose prefixes overlap, under their covering prefix. */
  conflictGroups: PrefixOverlapGroup[]
  by?: string
  groups?: Ipv6Group[]
  /** EMPTY_SCOPE: no system is in scope, so the rate is taken as 1. */
  warnings: Array<{code: 'EMPTY_SCOPE'}>
}

export interface Ipv6Options {
  /** Group the rate by this key (department, region…); `label` names a key for people. */
  groupBy?: {by: string; key: (s: SystemRecord) => string; label: (key: string) => string}
}

const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0)

type ParsedPrefix = [ipaddr.IPv6, number]

function ipv6Prefixes(n: NetworkRecord): ParsedPrefix[] {
  const out: ParsedPrefix[] = []
  for (const text of n.prefixes) {
    const cidr = parseCidr(text)
    if (cidr?.family === 'ipv6') out.push([cidr.address as ipaddr.IPv6, cidr.length])
  }
  return out
}

/** Being consolidated: a non-classified private network whose consolidation is not done. */
const isConsolidating = (n: NetworkRecord): boolean => n.type === 'private' && n.consolidation.status !== 'done'

function isRelevantConflict(x: NetworkRecord, y: NetworkRecord): boolean {
  if ((x.type === 'private' && y.type === 'extranet') || (x.type === 'extranet' && y.type === 'private')) return true
  return isConsolidating(x) && isConsolidating(y)
}

function statusOf(inv: Inventory, s: SystemRecord, hasValidAddress: boolean): {status: Ipv6Status; reasons: Ipv6Reason[]; blockers: Array<{kind: 'node' | 'network'; id: string}>} {
  const blockers: Array<{kind: 'node' | 'network'; id: string}> = []
  if (inv.node.get(s.hosting.node)?.dualStack !== true) blockers.push({kind: 'node', id: s.hosting.node})
  const networks = s.networks.length < 2 ? s.networks : [...new Set(s.networks)].sort(compare)
  for (const id of networks) {
    if (inv.network.get(id)?.dualStack !== true) blockers.push({kind: 'network', id})
  }
  if (blockers.length > 0) return {status: 'blocked', reasons: blockers.map(b => `${BLOCKED_BY[b.kind]}:${b.id}` as const), blockers}
  if (!s.ipv6) return {status: 'unknown', reasons: ['no-ipv6-block'], blockers}
  const app = s.ipv6.appSupport ?? 'unknown'
  if (app === 'unknown') return {status: 'unknown', reasons: ['app-support-unknown'], blockers}
  const reasons: Ipv6Reason[] = []
  if (!hasValidAddress) reasons.push('no-valid-address')
  if (s.ipv6.aaaa !== true) reasons.push('no-aaaa')
  if (app !== 'full') reasons.push(app === 'partial' ? 'app-support-partial' : 'app-support-none')
  return {status: reasons.length === 0 ? 'ready' : 'partial', reasons, blockers}
}

/** The in-scope systems with their positions in `inv.systems`, and how many of the others are left out and why. */
function splitScope(inv: Inventory): {inScope: SystemRecord[]; at: number[]; excluded: Ipv6Result['excluded']} {
  const excluded = {classified: 0, retired: 0, planned: 0}
  const inScope: SystemRecord[] = []
  const at: number[] = []
  inv.systems.forEach((s, i) => {
    if (isInScope(s)) {
      inScope.push(s)
      at.push(i)
    } else if (s.classified) excluded.classified++
    else if (s.status === 'retired') excluded.retired++
    else excluded.planned++
  })
  return {inScope, at, excluded}
}

interface Holder {
  system: string
  address: string
}

/**
 * Each address checked: the problems (unsorted) and, by position in `inScope`, 1 for the systems holding
 * at least one valid address.
 */
function checkAddresses(inv: Inventory, inScope: SystemRecord[]): {addressProblems: Ipv6AddressProblem[]; validAddress: Uint8Array} {
  const prefixCache = new Map<string, ParsedPrefix[]>()
  const prefixesOf = (n: NetworkRecord): ParsedPrefix[] => {
    let p = prefixCache.get(n.id)
    if (!p) prefixCache.set(n.id, (p = ipv6Prefixes(n)))
    return p
  }
  const addressProblems: Ipv6AddressProblem[] = []
  const validAddress = new Uint8Array(inScope.length)
  // The first holder of each address (by its key), and every holder of an address held more than once.
  const firstHolder = new Map<string, Holder>()
  const shared = new Map<string, Holder[]>()
  for (let k = 0; k < inScope.length; k++) {
    const s = inScope[k]
    const written = s.ipv6?.addresses
    if (!written || written.length === 0) continue
    const allowed: ParsedPrefix[] = []
    for (const id of s.networks) {
      const n = inv.network.get(id)
      if (n) for (const p of prefixesOf(n)) allowed.push(p)
    }
    // One address needs no de-duplication, by text or by key.
    const own = written.length > 1 ? new Set<string>() : undefined
    for (const text of own ? new Set(written) : written) {
      const c = classifyAddress(text)
      if (!c.ok) {
        addressProblems.push({system: s.id, address: text, problem: c.problem})
        continue
      }
      if (own) {
        if (own.has(c.key)) continue
        own.add(c.key)
      }
      const holder = {system: s.id, address: text}
      const first = firstHolder.get(c.key)
      if (first === undefined) firstHolder.set(c.key, holder)
      else {
        const list = shared.get(c.key)
        if (list) list.push(holder)
        else shared.set(c.key, [first, holder])
      }
      if (allowed.length > 0 && !allowed.some(p => c.address.match(p))) {
        addressProblems.push({system: s.id, address: text, problem: 'outside-prefix'})
        continue
      }
      validAddress[k] = 1
    }
  }
  for (const list of shared.values()) {
    for (const h of list) addressProblems.push({system: h.system, address: h.address, problem: 'duplicate'})
  }
  return {addressProblems, validAddress}
}

/**
 * Each in-scope system's status and reasons alone, in inventory order: what IPV6-002 needs, without the
 * blockers, address problems, IPv6-only capability and prefix conflicts the full result adds.
 */
export function systemReadiness(inv: Inventory): Array<{system: SystemRecord; status: Ipv6Status; reasons: Ipv6Reason[]}> {
  const {inScope} = splitScope(inv)
  const {validAddress} = checkAddresses(inv, inScope)
  return inScope.map((s, k) => {
    const r = statusOf(inv, s, validAddress[k] === 1)
    return {system: s, status: r.status, reasons: r.reasons}
  })
}

export function computeIpv6Readiness(inv: Inventory, o: Ipv6Options = {}): Ipv6Result {
  const {inScope, at, excluded} = splitScope(inv)
  // Addresses first: readiness needs to know whether a system has a valid one.
  const {addressProblems, validAddress} = checkAddresses(inv, inScope)
  addressProblems.sort((x, y) => compare(x.system, y.system) || compare(x.address, y.address) || compare(x.problem, y.problem))

  const counts: Ipv6Counts = {ready: 0, partial: 0, blocked: 0, unknown: 0}
  const systems: Ipv6SystemResult[] = []
  const blockerMaps = {node: new Map<string, Ipv6Blocker>(), network: new Map<string, Ipv6Blocker>()}
  // By position in `inScope`; out-of-scope systems (classified, retired, planned) have no readiness, so
  // they never count as ready dependencies.
  const statuses: Ipv6Status[] = []
  const ready = new Uint8Array(inv.systems.length)
  for (let k = 0; k < inScope.length; k++) {
    const s = inScope[k]
    const r = statusOf(inv, s, validAddress[k] === 1)
    counts[r.status]++
    statuses.push(r.status)
    if (r.status === 'ready') ready[at[k]] = 1
    systems.push({id: s.id, status: r.status, reasons: r.reasons, ipv6OnlyCapable: false})
    for (const b of r.blockers) {
      const map = blockerMaps[b.kind]
      let entry = map.get(b.id)
      if (!entry) map.set(b.id, (entry = {kind: b.kind, id: b.id, blocks: 0, systems: []}))
      entry.blocks++
      entry.systems.push(s.id)
    }
  }
  const blockers = [...blockerMaps.node.values(), ...blockerMaps.network.values()]
    .sort((x, y) => y.blocks - x.blocks || compare(x.id, y.id) || compare(x.kind, y.kind))

  const capable = findIpv6OnlyCapable(inv, ready)
  let capableCount = 0
  for (let k = 0; k < systems.length; k++) {
    const r = systems[k]
    r.ipv6OnlyCapable = capable[at[k]] === 1
    if (r.ipv6OnlyCapable) capableCount++
  }

  const found = findPrefixConflicts(inv.networks.filter(n => n.type !== 'classified'))
  const conflicts: Ipv6Conflict[] = found.pairs.map(c => ({
    ...c,
    relevant: isRelevantConflict(inv.network.get(c.a)!, inv.network.get(c.b)!),
  }))

  const total = inScope.length
  const result: Ipv6Result = {
    rate: total === 0 ? 1 : counts.ready / total,
    counts,
    inScope: total,
    excluded,
    ipv6OnlyCapable: {count: capableCount, rate: total === 0 ? 1 : capableCount / total},
    systems,
    blockers,
    addressProblems,
    conflicts,
    conflictCount: found.total,
    conflictGroups: found.groups,
    warnings: total === 0 ? [{code: 'EMPTY_SCOPE'}] : [],
  }

  if (o.groupBy) {
    const groups = new Map<string, Ipv6Group>()
    for (let k = 0; k < inScope.length; k++) {
      const s = inScope[k]
      const key = o.groupBy.key(s)
      let g = groups.get(key)
      if (!g) groups.set(key, (g = {key, label: o.groupBy.label(key), ready: 0, partial: 0, blocked: 0, unknown: 0, total: 0, rate: 0}))
      g.total++
      g[statuses[k]]++
    }
    result.by = o.groupBy.by
    result.groups = [...groups.values()]
      .map(g => ({...g, rate: g.ready / g.total}))
      .sort((x, y) => compare(x.key, y.key))
  }
  return result
}
