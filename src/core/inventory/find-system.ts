// The system a command was asked about, or NOT_FOUND_ID with the nearest id as a hint. Without
// --include-classified a classified id is unknown, and never offered as a hint.
import {YunwangError} from '../errors.js'
import type {Inventory, SystemRecord} from './model.js'
import {nearest} from '../text/nearest.js'

export function findSystemOrThrow(inv: Inventory, id: string, includeClassified: boolean): SystemRecord {
  const s = inv.system.get(id)
  if (s && (includeClassified || !s.classified)) return s
  const candidates = inv.systems.filter(x => includeClassified || !x.classified).map(x => x.id)
  const suggestion = nearest(id, candidates)
  throw new YunwangError('NOT_FOUND_ID', suggestion ? {id, suggestion} : {id})
}
