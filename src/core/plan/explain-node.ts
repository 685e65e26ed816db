// `plan --explain NODE_ID`: what the plan does with a node — 纳管 (onboard) in which wave and why, 关停
// (close) after which system leaves, or why it stays open — from what the plan computed.
import type {Inventory} from '../inventory/model.js'
import {type OneCloudDefinition, isOneCloudNode} from '../inventory/scope.js'
import {staysOnOnboardedNode} from './find-onboarding.js'
import type {PlanOutcome} from './make-plan.js'

export type NodeExplanation =
  | {id: string; kind: 'node'; status: 'onboard'; wave: number; start: string; end: string; by: 'first-wave' | 'notBefore' | 'pin'; notBefore?: string
    /** In-scope systems that stay and count as on the cloud from that wave. */
    stay: number
    /** In-scope systems above the node's MLPS certification: they still move. */
    move: string[]
    certified?: number}
  | {id: string; kind: 'node'; status: 'close'; wave: number; start: string; end: string; lastSystem?: string; lastWave?: number}
  | {id: string; kind: 'node'; status: 'blocked'; systems: string[]; classified: number}
  | {id: string; kind: 'node'; status: 'no-milestone'; reason: 'one-cloud' | 'dr' | 'not-closed'}

/** undefined when the inventory has no such node, or it is a classified node and those are not named. */
export function explainNode(inv: Inventory, outcome: PlanOutcome, id: string, oneCloud: OneCloudDefinition, includeClassified: boolean): NodeExplanation | undefined {
  const n = inv.node.get(id)
  if (!n || (n.classified && !includeClassified)) return undefined
  const onboard = outcome.onboarding.get(id)
  if (onboard) {
    const w = outcome.calendar.window(onboard.wave)
    let stay = 0
    const move: string[] = []
    inv.systems.forEach((s, i) => {
      if (s.hosting.node !== id) return
      if (outcome.candidate[i] === 1) move.push(s.id)
      else if (!s.classified && (s.status === 'in-service' || s.status === 'retiring') && staysOnOnboardedNode(n, s.mlps)) stay++
    })
    return {
      id, kind: 'node', status: 'onboard', wave: onboard.wave, start: w.start, end: w.end, by: onboard.by,
      ...(onboard.by === 'notBefore' ? {notBefore: n.onboarding!.notBefore!} : {}), stay, move,
      ...(n.mlpsCertified === undefined ? {} : {certified: n.mlpsCertified}),
    }
  }
  const close = outcome.nodeMilestones.find(m => m.node === id && m.action === 'close')
  if (close) {
    const w = outcome.calendar.window(close.wave)
    return {id, kind: 'node', status: 'close', wave: close.wave, start: w.start, end: w.end, ...(close.lastSystem === undefined ? {} : {lastSystem: close.lastSystem, lastWave: close.lastWave})}
  }
  const blocked = outcome.result.blockedNodes.find(b => b.id === id)
  if (blocked) return {id, kind: 'node', status: 'blocked', systems: blocked.systems, classified: blocked.classified}
  // A closable node always has a close milestone or is blocked, so what is left is neither onboarded nor closed.
  return {id, kind: 'node', status: 'no-milestone', reason: n.role === 'dr' ? 'dr' : isOneCloudNode(n, oneCloud) ? 'one-cloud' : 'not-closed'}
}
