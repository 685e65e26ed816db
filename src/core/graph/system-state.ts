// How a system stands against the one cloud, as the graph colours it and impact reports it.
import {classifySystem} from '../adoption/compute-adoption.js'
import type {Inventory, SystemRecord} from '../inventory/model.js'
import type {OneCloudDefinition} from '../inventory/scope.js'

export type SystemState = 'on-cloud' | 'off-cloud' | 'exempt' | 'out-of-scope' | 'classified'

export function systemState(inv: Inventory, s: SystemRecord, o: {asOf: string; oneCloud: OneCloudDefinition}): SystemState {
  switch (classifySystem(inv, s, o)) {
    case 'classified': return 'classified'
    case 'retired':
    case 'planned': return 'out-of-scope'
    case 'on': return 'on-cloud'
    case 'exempt': return 'exempt'
    default: return 'off-cloud'
  }
}
