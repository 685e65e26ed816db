// The part of an inventory a city pack's targets are measured on (`appliesTo`): the systems and nodes in
// its regions, the networks attached to those systems, and the Measurements reported for its regions (a
// record for one of the pack's own codes reads as the slice's overall figure; a county's stays a part).
import {inRegion} from '../inventory/city-group.js'
import type {Inventory} from '../inventory/model.js'

export function scopedInventory(inv: Inventory, regions: readonly string[]): Inventory {
  const inside = (code: string | undefined) => code !== undefined && regions.some(r => inRegion(code, r))
  const systems = inv.systems.filter(s => inside(s.region))
  const attached = new Set(systems.flatMap(s => s.networks))
  const nodes = inv.nodes.filter(n => inside(n.region))
  const networks = inv.networks.filter(n => attached.has(n.id))
  const measurements = inv.measurements
    .filter(m => m.department === undefined && inside(m.region))
    .map(m => {
      if (!regions.includes(m.region!)) return m
      const {region: _region, ...overall} = m
      return overall
    })
  return {
    ...inv,
    systems,
    nodes,
    networks,
    measurements,
    system: new Map(systems.map(s => [s.id, s])),
    node: new Map(nodes.map(n => [n.id, n])),
    network: new Map(networks.map(n => [n.id, n])),
  }
}
