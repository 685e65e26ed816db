// Strict CIDR parsing on top of ipaddr.js: dotted-quad IPv4 only (no "10.1/16" shorthand), any IPv6 form.
import ipaddr from 'ipaddr.js'

export interface Cidr {
  family: 'ipv4' | 'ipv6'
  address: ipaddr.IPv4 | ipaddr.IPv6
  length: number
}

export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/')
  if (slash === -1) return undefined
  const host = text.slice(0, slash)
  if (!/^\d{1,3}$/.test(text.slice(slash + 1))) return undefined
  try {
    // ipaddr.js answers an IPv6 host by throwing inside the IPv4 check; skip that cost for the obvious case.
    if (!host.includes(':') && ipaddr.IPv4.isValidFourPartDecimal(host)) {
      const [address, length] = ipaddr.IPv4.parseCIDR(text)
      return {family: 'ipv4', address, length}
    }
    if (ipaddr.IPv6.isValid(host)) {
      const [address, length] = ipaddr.IPv6.parseCIDR(text)
      return {family: 'ipv6', address, length}
    }
  } catch {
    return undefined
  }
  return undefined
}

export const isIpv4Cidr = (text: string): boolean => parseCidr(text)?.family === 'ipv4'
export const isIpv6Cidr = (text: string): boolean => parseCidr(text)?.family === 'ipv6'
