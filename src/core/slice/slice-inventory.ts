// The inventory as a slice's figures count it: the slice's systems, nodes and networks listed, every
// record still reachable by id (a system in the slice hosted on the provincial node is still on the
// cloud; a dependency out of the slice still resolves).
import type {Inventory} from '../inventory/model.js'
import type {SliceMembers} from './slice-members.js'

/**
 * Lists only the slice's records; `system`, `node` and `network` still map every id. Reported figures
 * (Measurements) are the slice's own: the records for the slice's region code, read as its overall
 * figures; a province slice keeps every record as it is.
 */
export function sliceInventory(inv: Inventory, m: SliceMembers): Inventory {
  if (m.all) return inv
  return {
    ...inv,
    systems: inv.systems.filter(s => m.systems.has(s.id)),
    nodes: inv.nodes.filter(n => m.nodes.has(n.id)),
    networks: inv.networks.filter(n => m.networks.has(n.id)),
    measurements: inv.measurements.filter(x => x.region === m.slice.code).map(({region: _region, ...x}) => x),
  }
}
