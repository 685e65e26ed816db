// IPv6 readiness of one system as SPEC §5 defines it (blocked / unknown / ready / partial).
// A minimal version for IPV6-002: when the shared readiness of `yunwang ipv6` (src/core/ipv6/) is
// merged, IPV6-002 should call that instead and this file should go, so the two can never disagree.
import ipaddr from 'ipaddr.js'
import type {Inventory, NetworkRecord, SystemRecord} from '../inventory/model.js'
import {parseCidr} from '../net/parse-cidr.js'

export type Ipv6Status = 'ready' | 'partial' | 'blocked' | 'unknown'

export interface Ipv6Readiness {
  status: Ipv6Status
  /** Nodes and networks that are not dual-stack, as `node:ID` / `network:ID`. */
  blockers: string[]
  /** Addresses that do not count as valid. */
  invalidAddresses: string[]
}

type Range = [ipaddr.IPv6, number]

// Global unicast is 2000::/3 (RFC 4291 §2.4), less the ranges SPEC §5 sets aside.
const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3')
const EXCLUDED = ['2001:db8::/32', 'fe80::/10', 'fc00::/7', '::ffff:0:0/96'].map(c => ipaddr.IPv6.parseCIDR(c))

function ipv6Ranges(prefixes: string[]): Range[] {
  return prefixes.map(parseCidr).filter(c => c?.family === 'ipv6').map(c => [c!.address as ipaddr.IPv6, c!.length])
}

// A network's prefixes are parsed once per run however many systems are attached to it.
const rangesOf = new WeakMap<NetworkRecord, Range[]>()
function networkRanges(n: NetworkRecord): Range[] {
  let r = rangesOf.get(n)
  if (!r) rangesOf.set(n, (r = ipv6Ranges(n.prefixes)))
  return r
}

function isValidIn(address: string, inside: Range[]): boolean {
  if (!ipaddr.IPv6.isValid(address) || address.includes('/')) return false
  const a = ipaddr.IPv6.parse(address)
  if (!a.match(GLOBAL_UNICAST) || EXCLUDED.some(range => a.match(range))) return false
  return inside.length === 0 || inside.some(range => a.match(range))
}

/** Well-formed global unicast, outside documentation, link-local, unique-local and IPv4-mapped space, and inside the IPv6 prefixes given (if any). */
export function isValidGlobalIpv6(address: string, prefixes: string[] = []): boolean {
  return isValidIn(address, ipv6Ranges(prefixes))
}

export function assessIpv6Readiness(inv: Inventory, s: SystemRecord): Ipv6Readiness {
  const node = inv.node.get(s.hosting.node)
  const networks = s.networks.map(id => inv.network.get(id)).filter(n => n !== undefined)
  const blockers = [
    ...(node && !node.dualStack ? [`node:${node.id}`] : []),
    ...networks.filter(n => !n.dualStack).map(n => `network:${n.id}`),
  ]
  const addresses = s.ipv6?.addresses ?? []
  // An address must fall inside an attached network's IPv6 prefixes when any attached network lists some.
  const inside = addresses.length === 0 ? [] : networks.flatMap(networkRanges)
  const invalidAddresses = addresses.filter(a => !isValidIn(a, inside))
  if (blockers.length > 0) return {status: 'blocked', blockers, invalidAddresses}
  if (!s.ipv6 || s.ipv6.appSupport === undefined || s.ipv6.appSupport === 'unknown') return {status: 'unknown', blockers, invalidAddresses}
  const valid = addresses.length - invalidAddresses.length
  const ready = valid > 0 && s.ipv6.aaaa === true && s.ipv6.appSupport === 'full'
  return {status: ready ? 'ready' : 'partial', blockers, invalidAddresses}
}
