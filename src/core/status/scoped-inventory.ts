// The part of an inventory a city pack's targets are measured on (`appliesTo`): a `--region` slice over the
// pack's regions (core/slice), every record still reachable by id, and the Measurements reported for one
// of the pack's own codes read as the slice's overall figures.
import type {Inventory} from '../inventory/model.js'
import {type RegionSlice, regionSlice} from '../slice/region-slice.js'
import {sliceInventory} from '../slice/slice-inventory.js'
import {type SliceMembers, sliceMembers} from '../slice/slice-members.js'

/** The members of a slice over several regions (a record belongs when any of them holds it). */
export function scopedMembers(inv: Inventory, regions: readonly string[]): SliceMembers {
  const slices = regions.map(regionSlice)
  const slice: RegionSlice = slices.length === 1 ? slices[0] : {code: regions[0], level: slices.some(s => s.level === 'province') ? 'province' : 'city', has: r => slices.some(s => s.has(r))}
  return sliceMembers(inv, slice)
}

export function scopedInventory(inv: Inventory, regions: readonly string[]): Inventory {
  const sliced = sliceInventory(inv, scopedMembers(inv, regions))
  const measurements = inv.measurements.filter(x => x.department === undefined && x.region !== undefined && regions.includes(x.region)).map(({region: _region, ...x}) => x)
  return {...sliced, measurements}
}
