// Private-network consolidation around the waves: `interconnect` in the first wave that moves
// an attached system, `decommission` in the wave after the last one has left; a system that stays off the
// cloud, or has a valid `network` exemption, keeps its network alive, and the network is reported blocked.
// A nationally managed vertical network (国家垂管专网) belongs to its ministry: no milestone, never blocked.
import type {Inventory, SystemRecord} from '../inventory/model.js'
import {hasValidExemption, isExempt} from '../inventory/scope.js'
import type {BlockedNetwork} from './model.js'

export interface NetworkMilestone {
  network: string
  wave: number
  action: 'interconnect' | 'decommission'
}

/**
 * `leaves[i]` is the wave in which system i leaves its networks (moved or decommissioned), 0 when it does
 * not; `stays[i]` is 1 when system i remains off the one cloud in service. Systems already on the cloud
 * neither block a network nor need a wave: their traffic goes over the extranet once it is interconnected.
 */
const active = (s: SystemRecord) => s.status === 'in-service' || s.status === 'retiring'

export function planNetworks(inv: Inventory, asOf: string, leaves: Int32Array, stays: Uint8Array, includeClassified: boolean): {milestones: NetworkMilestone[]; blocked: BlockedNetwork[]; vertical: string[]} {
  const attached = new Map<string, number[]>()
  inv.systems.forEach((s, i) => {
    for (const net of s.networks) {
      const list = attached.get(net) ?? []
      list.push(i)
      attached.set(net, list)
    }
  })
  const milestones: NetworkMilestone[] = []
  const blocked: BlockedNetwork[] = []
  const vertical: string[] = []
  for (const net of inv.networks) {
    if (net.type !== 'private') continue
    if (net.vertical) {
      vertical.push(net.id)
      continue
    }
    if (net.consolidation.status === 'done' || hasValidExemption(net.consolidation.exemption, asOf)) continue
    let first = 0
    let last = 0
    const staying: string[] = []
    let classified = 0
    for (const i of attached.get(net.id) ?? []) {
      const s = inv.systems[i]
      const w = leaves[i]
      if (w > 0 && (first === 0 || w < first)) first = w
      const keeps = stays[i] === 1 || (active(s) && s.migration.strategy !== 'retire' && isExempt(s, 'network', asOf))
      if (keeps) {
        if (s.classified && !includeClassified) classified++
        else staying.push(s.id)
      } else if (w > last) last = w
    }
    const interconnect = first === 0 ? 1 : first
    milestones.push({network: net.id, wave: interconnect, action: 'interconnect'})
    if (staying.length > 0 || classified > 0) blocked.push({id: net.id, systems: staying, classified})
    else milestones.push({network: net.id, wave: Math.max(last, interconnect) + 1, action: 'decommission'})
  }
  return {milestones, blocked, vertical}
}
