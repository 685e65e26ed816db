// The system a command was asked about, or NOT_FOUND_ID with the nearest id as a hint. Without
// --include-classified a classified id is unknown, and never offered as a hint.
import {YunwangError} from '../errors.js'
import type {Inventory, SystemRecord} from './model.js'
import {nearest} from '../text/nearest.js'

export function findSystemOrThrow(inv: Inventory, id: string, includeClassified: boolean): SystemRecord {
  const s = inv.system.get(id)
  if (s && (includeClassified || !s.classified)) return s
  throw notFoundId(inv, id, includeClassified)
}

/**
 * NOT_FOUND_ID for `id`, with the nearest system id (or node id, with `nodes`, for commands that take
 * either) as a hint; classified systems and nodes are never offered unless `includeClassified`, so a
 * classified id and an unknown one get the same answer.
 */
export function notFoundId(inv: Inventory, id: string, includeClassified: boolean, o: {nodes?: boolean} = {}): YunwangError {
  const candidates = [
    ...inv.systems.filter(x => includeClassified || !x.classified).map(x => x.id),
    ...(o.nodes ? inv.nodes.filter(n => includeClassified || !n.classified).map(n => n.id) : []),
  ]
  const suggestion = nearest(id, candidates)
  return new YunwangError('NOT_FOUND_ID', suggestion ? {id, suggestion} : {id})
}
