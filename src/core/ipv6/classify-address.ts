// What is wrong with one written IPv6 address on its own: the checks that need no context.
// Prefix membership and duplicates need the inventory and are decided in computeIpv6Readiness.
import ipaddr from 'ipaddr.js'

export type AddressProblemCode =
  | 'malformed' | 'documentation' | 'link-local' | 'ula' | 'ipv4-mapped' | 'not-global-unicast' | 'outside-prefix' | 'duplicate'

export type ClassifiedAddress =
  | {ok: true; address: ipaddr.IPv6; key: string}
  | {ok: false; problem: Exclude<AddressProblemCode, 'outside-prefix' | 'duplicate'>}

// The ranges docs/definitions.md names, checked in this order. ipaddr.js's range() knows them too, but walks two
// dozen special ranges per call; five direct matches are several times faster on 100k systems.
const IPV4_MAPPED = ipaddr.IPv6.parseCIDR('::ffff:0:0/96')
const LINK_LOCAL = ipaddr.IPv6.parseCIDR('fe80::/10')
const ULA = ipaddr.IPv6.parseCIDR('fc00::/7')
const DOCUMENTATION = ipaddr.IPv6.parseCIDR('2001:db8::/32')
const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3')

/** A well-formed global-unicast address outside the reserved ranges, or the first problem found. */
export function classifyAddress(text: string): ClassifiedAddress {
  let address: ipaddr.IPv6
  try {
    // One parse: isValid() followed by parse() would read every address twice.
    address = ipaddr.IPv6.parse(text)
  } catch {
    return {ok: false, problem: 'malformed'}
  }
  if (address.match(IPV4_MAPPED)) return {ok: false, problem: 'ipv4-mapped'}
  if (address.match(LINK_LOCAL)) return {ok: false, problem: 'link-local'}
  // A zone index only means something on a link-local address.
  if (address.zoneId !== undefined) return {ok: false, problem: 'malformed'}
  if (address.match(ULA)) return {ok: false, problem: 'ula'}
  if (address.match(DOCUMENTATION)) return {ok: false, problem: 'documentation'}
  // Multicast, loopback, unspecified, NAT64 and the rest of the space outside 2000::/3.
  if (!address.match(GLOBAL_UNICAST)) return {ok: false, problem: 'not-global-unicast'}
  // Eight 16-bit groups as eight UTF-16 code units: equal for every spelling of one address, and cheap.
  return {ok: true, address, key: String.fromCharCode(...address.parts)}
}
