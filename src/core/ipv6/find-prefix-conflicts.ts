// Networks whose prefixes overlap, by sort and sweep: CIDR ranges are either nested or disjoint, so the
// prefixes still open at any point form one chain of containing prefixes (a stack), and every prefix that
// starts with the stack empty covers an overlap group. N networks claiming one prefix make N(N−1)/2
// pairs, so the pairs are counted in full but listed only up to a cap; the groups stay linear in size.
import {parseCidr} from '../net/parse-cidr.js'
import {type PrefixRange, prefixRange} from './prefix-range.js'

/** How many pairs are listed by default; the rest are counted (`total`) and shown as groups. */
export const CONFLICT_PAIRS_LISTED = 1000

export interface PrefixConflict {
  /** Network ids, a < b. */
  a: string
  b: string
  prefixA: string
  prefixB: string
  family: 'ipv4' | 'ipv6'
}

/** Networks whose prefixes overlap within one covering prefix (the outermost one, as written). */
export interface PrefixOverlapGroup {
  family: 'ipv4' | 'ipv6'
  prefix: string
  /** Sorted; each overlaps at least one other in the group. */
  networks: string[]
  /** Overlapping prefix pairs of two different networks within the group. */
  pairs: number
}

export interface PrefixConflicts {
  /** The first `maxPairs` pairs in address order, then sorted by a, b, family, prefixA, prefixB. */
  pairs: PrefixConflict[]
  /** Every overlapping pair, listed or not. */
  total: number
  /** In address order, IPv4 first; only groups with at least one pair. */
  groups: PrefixOverlapGroup[]
}

interface Item extends PrefixRange {
  network: string
  text: string
}

const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0)

/** Overlaps within one network's own prefixes are not pairs and are not reported; unparsable prefixes are skipped (validate reports them). */
export function findPrefixConflicts(networks: Iterable<{id: string; prefixes: readonly string[]}>, o: {maxPairs?: number} = {}): PrefixConflicts {
  const maxPairs = o.maxPairs ?? CONFLICT_PAIRS_LISTED
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
  const pairs: PrefixConflict[] = []
  const groups: PrefixOverlapGroup[] = []
  let total = 0
  const stack: Item[] = []
  // How many of the stack's prefixes each network holds: a new prefix overlaps every one on the stack,
  // so it makes stack.length − (its own network's share) pairs, counted without visiting them.
  const onStack = new Map<string, number>()
  let group: {root: Item; networks: Set<string>; pairs: number} | undefined
  const closeGroup = () => {
    if (group && group.pairs > 0) {
      groups.push({family: group.root.family, prefix: group.root.text, networks: [...group.networks].sort(byText), pairs: group.pairs})
    }
  }
  for (const item of items) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1]
      if (top.family === item.family && top.end >= item.start) break
      stack.pop()
      onStack.set(top.network, onStack.get(top.network)! - 1)
    }
    if (stack.length === 0) {
      closeGroup()
      group = {root: item, networks: new Set(), pairs: 0}
    }
    group!.networks.add(item.network)
    const made = stack.length - (onStack.get(item.network) ?? 0)
    total += made
    group!.pairs += made
    // Listing stops at the cap; a network's own prefixes on the stack form one nested chain (at most
    // 129 deep), so the walk is bounded by the pairs listed plus that chain.
    for (let i = 0; i < stack.length && pairs.length < maxPairs && made > 0; i++) {
      const open = stack[i]
      if (open.network === item.network) continue
      const [a, b] = open.network < item.network ? [open, item] : [item, open]
      pairs.push({a: a.network, b: b.network, prefixA: a.text, prefixB: b.text, family: item.family})
    }
    stack.push(item)
    onStack.set(item.network, (onStack.get(item.network) ?? 0) + 1)
  }
  closeGroup()
  pairs.sort((x, y) => byText(x.a, y.a) || byText(x.b, y.b) || byText(x.family, y.family) || byText(x.prefixA, y.prefixA) || byText(x.prefixB, y.prefixB))
  return {pairs, total, groups}
}
