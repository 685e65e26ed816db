// A CIDR prefix as the numeric range of addresses it covers, so prefixes of both families sort and compare.
import type {Cidr} from '../net/parse-cidr.js'

export interface PrefixRange {
  family: 'ipv4' | 'ipv6'
  start: bigint
  end: bigint
}

export function prefixRange(cidr: Cidr): PrefixRange {
  const bits = cidr.family === 'ipv4' ? 32 : 128
  let value = 0n
  for (const byte of cidr.address.toByteArray()) value = (value << 8n) | BigInt(byte)
  const hostBits = BigInt(bits - cidr.length)
  const hostMask = (1n << hostBits) - 1n
  // Host bits written in the prefix (10.1.2.3/16) do not move the range.
  const start = value & ~hostMask
  return {family: cidr.family, start, end: start | hostMask}
}
