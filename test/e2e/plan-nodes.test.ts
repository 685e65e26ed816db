// `yunwang plan` node milestones, vertical networks, scoped exemptions and targets, on a fixture worked out
// by hand (test/fixtures/plan/nodes): 9 systems in scope, x1 alone on the cloud at the start.
import {describe, expect, it} from 'vitest'
import type {PlanCommandResult} from '../../src/commands/plan.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const F = 'test/fixtures/plan/nodes'
const AS_OF = ['--as-of', '2026-12-01']
const plan = (args: string[]) => runJsonInProcess<PlanCommandResult>(['plan', F, ...args, ...AS_OF])
const codes = (r: PlanCommandResult) => r.warnings.map(w => [w.code, w.subject ?? null])

describe('plan: nodes onboarded and closed', async () => {
  const r = await plan([])
  const j = r.json

  it('onboards city-a in wave 1 and city-b in the first wave from its notBefore, lifting the rate with no system moved', () => {
    expect(r.code).toBe(0)
    expect(j.waves.map(w => w.nodes)).toEqual([
      [{id: 'city-a', action: 'onboard'}, {id: 'room-3', action: 'close'}],
      [{id: 'city-b', action: 'onboard'}, {id: 'city-c', action: 'close'}],
      [{id: 'room-1', action: 'close'}],
    ])
    // Wave 1: x1, plus a1 and a2 (city-a onboarded), plus c1 and r1 moved: 5 of 9. Wave 2: b1 (city-b
    // onboarded) and b2 moved there: 7 of 9. Wave 3 moves nothing.
    expect(j.waves.map(w => w.projectedRate)).toEqual([5 / 9, 7 / 9, 7 / 9])
    expect(j.summary).toMatchObject({candidates: 5, placed: 4, unplaced: 1, migrationWaves: 2, rateBefore: 1 / 9, rateAfter: 7 / 9, onboardedNodes: 2, closedNodes: 3})
    // a1 and b1 stay where they are: never in a wave.
    const moved = j.waves.flatMap(w => w.systems.map(s => s.id))
    expect(moved).toEqual(['a2', 'c1', 'r1', 'b2'])
  })

  it('moves a system above its onboarded node\'s certification, with ONBOARD_MLPS counting it', () => {
    expect(j.waves[0].systems.find(s => s.id === 'a2')).toEqual({id: 'a2', from: 'city-a', to: 'pc', group: 'a2', action: 'migrate'})
    expect(j.warnings.find(w => w.code === 'ONBOARD_MLPS')).toMatchObject({subject: 'city-a', node: 'city-a', count: 1, certified: 2, wave: 1})
  })

  it('lets an onboarded node take groups only from its onboarding wave, and never a DR site', () => {
    expect(j.waves[1].systems).toEqual([{id: 'b2', from: 'room-1', to: 'city-b', group: 'b2', action: 'migrate'}])
    expect(codes(j)).not.toContainEqual(['TARGET_NOT_ONE_CLOUD', 'b2'])
    expect(j.unplaced.map(u => [u.id, u.reason, u.nodes])).toEqual([['t1', 'target-dr', ['pc-dr']]])
    expect(j.waves.flatMap(w => w.systems.map(s => s.to))).not.toContain('pc-dr')
  })

  it('closes a room the wave after its last system leaves, an empty one in wave 1, and blocks one a system stays on', () => {
    // room-1: r1 leaves in wave 1, b2 in wave 2, so it closes in wave 3; room-3 hosts nothing.
    expect(j.blockedNodes).toEqual([
      {id: 'room-2', systems: ['keep'], classified: 1},
      {id: 'room-4', systems: ['t1'], classified: 0},
    ])
    expect(JSON.stringify(j)).not.toMatch(/s-sec/)
  })

  it('leaves the vertical network alone and keeps a network alive for a system exempt from consolidation', () => {
    expect(j.vertical).toEqual(['net-v'])
    expect(j.waves.flatMap(w => w.networks.map(n => n.id))).not.toContain('net-v')
    expect(j.blockedNetworks).toEqual([{id: 'net-e', systems: ['x1'], classified: 0}])
    expect(j.waves.map(w => w.networks)).toEqual([
      [{id: 'net-e', action: 'interconnect'}, {id: 'net-p', action: 'interconnect'}],
      [{id: 'net-p', action: 'decommission'}],
      [],
    ])
  })

  it('projects each target to its date: passed dates keep today\'s value, the one-cloud date sees every city cloud managed or closed', () => {
    expect(j.targets).toEqual([
      {id: 'private-networks', metric: 'privateNetworkConsolidation', by: '2023-12-31', target: 1, projected: 0, wave: 0, met: false},
      {id: 'adoption', metric: 'adoptionRate', by: '2025-12-31', target: 1, projected: 1 / 9, wave: 0, met: false},
      // city-a and city-b onboarded, city-c closed (out of the denominator): 2 of 2 after wave 3.
      {id: 'one-cloud-built', metric: 'managedNodeRate', by: '2027-12-31', target: 1, projected: 1, wave: 3, met: true},
    ])
    expect(codes(j).filter(([c]) => c === 'TARGET_MISSED' || c === 'TARGET_PASSED' || c === 'START_IN_PAST')).toEqual([
      ['TARGET_MISSED', 'adoption'], ['TARGET_MISSED', 'private-networks'], ['TARGET_PASSED', 'adoption'], ['TARGET_PASSED', 'private-networks'],
    ])
  })

  it('warns when the plan starts before the evaluation date, and projects a target met by a wave before its date', async () => {
    const early = (await plan(['--start', '2025-10-06'])).json
    expect(codes(early)).toContainEqual(['START_IN_PAST', null])
    // Wave 3 ends 2025-12-28, the last on or before 2025-12-31: 5 of 9 (b2 waits for city-b, onboarded in
    // wave 19, the first to start on or after 2027-02-01).
    expect(early.targets.find(t => t.id === 'adoption')).toMatchObject({wave: 3, projected: 5 / 9, met: false})
    expect(early.waves[18]).toMatchObject({start: '2027-02-22', nodes: [{id: 'city-b', action: 'onboard'}], systems: [{id: 'b2'}]})
  })

  it('explains a node: onboarded (and why), closed (after which system), blocked, or left alone', async () => {
    const ex = async (id: string) => (await plan(['--explain', id])).json.explanation
    expect(await ex('city-a')).toMatchObject({kind: 'node', status: 'onboard', wave: 1, by: 'first-wave', stay: 1, move: ['a2'], certified: 2})
    expect(await ex('city-b')).toMatchObject({kind: 'node', status: 'onboard', wave: 2, by: 'notBefore', notBefore: '2027-02-01', stay: 1, move: []})
    expect(await ex('room-1')).toMatchObject({kind: 'node', status: 'close', wave: 3, lastSystem: 'b2', lastWave: 2})
    expect(await ex('room-3')).toMatchObject({kind: 'node', status: 'close', wave: 1})
    expect(await ex('room-2')).toEqual({id: 'room-2', kind: 'node', status: 'blocked', systems: ['keep'], classified: 1})
    expect(await ex('pc-dr')).toEqual({id: 'pc-dr', kind: 'node', status: 'no-milestone', reason: 'dr'})
    expect(await ex('pc')).toEqual({id: 'pc', kind: 'node', status: 'no-milestone', reason: 'one-cloud'})
    expect(await ex('b2')).toMatchObject({status: 'placed', wave: 2, because: [{kind: 'onboarding', wave: 2}]})
    expect(await ex('a1')).toEqual({id: 'a1', status: 'not-candidate', reason: 'onboarded'})
    expect((await plan(['--explain', 'secret'])).code).toBe(2)
  })

  it('says first, in both languages, what stays unplaced and which targets are missed, before the lower bound', async () => {
    for (const lang of ['en', 'zh']) {
      const lines = (await runInProcess(['plan', F, ...AS_OF, '--lang', lang])).stdout.split('\n')
      const bound = lines.findIndex(l => /lower bound|下界/.test(l))
      const unplaced = lines.findIndex(l => l.includes('1') && /cannot be placed|无法安排/.test(l))
      const missed = lines.findIndex(l => l.includes('adoption') && /missed|未达成/.test(l))
      expect(unplaced).toBe(0)
      expect(missed).toBeGreaterThan(0)
      expect(missed).toBeLessThan(bound)
      expect(lines.some(l => /^the plan meets the lower bound\.$|^批次数已达下界。$/.test(l))).toBe(false)
    }
  })
})
