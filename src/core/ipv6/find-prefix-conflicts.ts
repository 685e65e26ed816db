// Every pair of networks whose prefixes overlap, by sort and sweep: CIDR ranges are either nested or
// disjoint, so the prefixes still open at any point form one chain of containing prefixes (a stack).
import {parseCidr} from '../net/parse-cidr.js'
import {type PrefixRange, prefixRange} from './prefix-range.js'

export interface PrefixConflict {
  /** Network ids, a < b. */
  a: string
  b: string
  prefixA: string
  prefixB: string
  family: 'ipv4' | 'ipv6'
}

interface Item extends PrefixRange {
  network: string
  text: string
}

const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0)

/** Overlaps within one network's own prefixes are not pairs and are not reported; unparsable prefixes are skipped (validate reports them). */
export function findPrefixConflicts(networks: Iterable<{id: string; prefixes: readonly string[]}>): PrefixConflict[] {
  const items: Item[] = []
  for (const n of networks) {
    const seen = new Set<string>()
    for (const text of n.prefixes) {
      if (seen.has(text)) continue
      seen.add(text)
      const cidr = parseCidr(text)
      if (!cidr) continue
      items.push({...prefixRange(cidr), network: n.id, text})
    }
  }
  items.sort((x, y) =>
    x.family !== y.family ? byText(x.family, y.family)
      : x.start !== y.start ? (x.start < y.start ? -1 : 1)
      : x.end !== y.end ? (x.end > y.end ? -1 : 1)
      : byText(x.network, y.network) || byText(x.text, y.text))
  const out: PrefixConflict[] = []
  const stack: Item[] = []
  for (const item of items) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1]
      if (top.family === item.family && top.end >= item.start) break
      stack.pop()
    }
    for (const open of stack) {
      if (open.network === item.network) continue
      const [a, b] = open.network < item.network ? [open, item] : [item, open]
      out.push({a: a.network, b: b.network, prefixA: a.text, prefixB: b.text, family: item.family})
    }
    stack.push(item)
  }
  out.sort((x, y) => byText(x.a, y.a) || byText(x.b, y.b) || byText(x.family, y.family) || byText(x.prefixA, y.prefixA) || byText(x.prefixB, y.prefixB))
  return out
}
