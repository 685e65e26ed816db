// Node milestones: 纳管 (onboard) for the nodes the plan brings under management, and 关停/腾退
// (close) for self-built rooms, department and leased clouds and vacated nodes, in the wave after the last
// system they host has left; a node some system stays on is blocked instead, naming those systems.
import type {Inventory} from '../inventory/model.js'
import type {OneCloudDefinition} from '../inventory/scope.js'
import {type Onboarding, isClosable} from './find-onboarding.js'
import type {BlockedNode, NodeAction} from './model.js'

export interface NodeMilestone {
  node: string
  wave: number
  action: NodeAction
  /** For a close: the system that left last (the one the closing waits for), and its wave. */
  lastSystem?: string
  lastWave?: number
}

/**
 * `leaves[i]` is the wave in which system i leaves its node (moved or decommissioned), 0 when it does not.
 * Systems counted are those in service or retiring, classified included (a classified system keeps a room
 * open as much as every other); retired and planned ones hold nothing.
 */
export function planNodeMilestones(
  inv: Inventory, oneCloud: OneCloudDefinition, onboarding: ReadonlyMap<string, Onboarding>, leaves: Int32Array, includeClassified: boolean,
): {milestones: NodeMilestone[]; blocked: BlockedNode[]} {
  const hosted = new Map<string, number[]>()
  inv.systems.forEach((s, i) => {
    if (s.status !== 'in-service' && s.status !== 'retiring') return
    const list = hosted.get(s.hosting.node)
    if (list) list.push(i)
    else hosted.set(s.hosting.node, [i])
  })
  const milestones: NodeMilestone[] = []
  const blocked: BlockedNode[] = []
  for (const n of inv.nodes) {
    const onboard = onboarding.get(n.id)
    if (onboard) {
      milestones.push({node: n.id, wave: onboard.wave, action: 'onboard'})
      continue
    }
    if (!isClosable(n, oneCloud)) continue
    let last = 0
    let lastSystem: string | undefined
    const staying: string[] = []
    let classified = 0
    for (const i of hosted.get(n.id) ?? []) {
      const w = leaves[i]
      const s = inv.systems[i]
      if (w === 0) {
        if (s.classified && !includeClassified) classified++
        else staying.push(s.id)
      } else if (w >= last) {
        // Systems are in id order, so on a tie the last one named is the largest id.
        last = w
        lastSystem = s.classified && !includeClassified ? undefined : s.id
      }
    }
    if (staying.length > 0 || classified > 0) blocked.push({id: n.id, systems: staying, classified})
    else milestones.push({node: n.id, wave: last + 1, action: 'close', ...(lastSystem === undefined ? {} : {lastSystem, lastWave: last})})
  }
  return {milestones, blocked}
}
