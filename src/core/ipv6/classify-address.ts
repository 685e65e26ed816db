// What is wrong with one written IPv6 address on its own (SPEC §5): the checks that need no context.
// Prefix membership and duplicates need the inventory and are decided in computeIpv6Readiness.
import ipaddr from 'ipaddr.js'

export type AddressProblemCode =
  | 'malformed' | 'documentation' | 'link-local' | 'ula' | 'ipv4-mapped' | 'not-global-unicast' | 'outside-prefix' | 'duplicate'

export const ADDRESS_PROBLEM_CODES: readonly AddressProblemCode[] = [
  'malformed', 'documentation', 'link-local', 'ula', 'ipv4-mapped', 'not-global-unicast', 'outside-prefix', 'duplicate',
]

export type ClassifiedAddress =
  | {ok: true; address: ipaddr.IPv6; key: string}
  | {ok: false; problem: Exclude<AddressProblemCode, 'outside-prefix' | 'duplicate'>}

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
  const range = address.range()
  if (range === 'ipv4Mapped') return {ok: false, problem: 'ipv4-mapped'}
  if (range === 'linkLocal') return {ok: false, problem: 'link-local'}
  // A zone index only means something on a link-local address.
  if (address.zoneId !== undefined) return {ok: false, problem: 'malformed'}
  if (range === 'uniqueLocal') return {ok: false, problem: 'ula'}
  // ipaddr.js files 2001:db8::/32 under "reserved"; the spec names it separately.
  if (address.match(DOCUMENTATION)) return {ok: false, problem: 'documentation'}
  // Multicast, loopback, unspecified, NAT64 and the rest of the space outside 2000::/3.
  if (!address.match(GLOBAL_UNICAST)) return {ok: false, problem: 'not-global-unicast'}
  return {ok: true, address, key: address.toNormalizedString()}
}
