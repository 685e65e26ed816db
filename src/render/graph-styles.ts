// One colour per system state, shared by every graph format so a legend reads the same everywhere.
import type {SystemState} from '../core/graph/system-state.js'

export const STATE_COLOURS: Record<SystemState, {fill: string; stroke: string}> = {
  'on-cloud': {fill: '#c6efce', stroke: '#2e7d32'},
  'off-cloud': {fill: '#ffc7ce', stroke: '#c62828'},
  exempt: {fill: '#ffeb9c', stroke: '#9c6500'},
  'out-of-scope': {fill: '#e0e0e0', stroke: '#757575'},
  classified: {fill: '#d9d2e9', stroke: '#4a148c'},
}

export const STATES: SystemState[] = ['on-cloud', 'off-cloud', 'exempt', 'out-of-scope', 'classified']
