// The IPv6 blockers that hold back most systems: one bar per node or network, longest first.
import {COLOR} from './colors.js'
import {renderHorizontalBars} from './render-horizontal-bars.js'

export interface BlockerBar {
  /** "node" or "network" in the reader's language. */
  kind: string
  id: string
  name: string
  blocks: number
}

export function renderBlockerChart(blockers: BlockerBar[], o: {title: string; systems: (n: number) => string}): string {
  const max = blockers.reduce((m, b) => Math.max(m, b.blocks), 1)
  return renderHorizontalBars(
    blockers.map(b => ({
      label: b.name,
      fraction: b.blocks / max,
      value: o.systems(b.blocks),
      color: COLOR.bad,
      title: `${b.kind} ${b.id} ${b.name}: ${o.systems(b.blocks)}`,
    })),
    {id: 'chart-ipv6-blockers', title: o.title, labelWidth: 260},
  )
}
