// The node types of the one cloud come from the policy pack, never from code: a pack that counts department
// clouds as the one cloud changes adoption, plan and check alike, on the same inventory.
import {describe, expect, it} from 'vitest'
import {isInScope} from '../../src/core/inventory/scope.js'
import {loadInventory} from '../../src/io/load-inventory.js'
import {ROOT} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const EX = 'examples/jiangsu'
const PACK = ['--policy', 'test/fixtures/check/packs/department-clouds-count.yaml']
const AS_OF = ['--as-of', '2026-12-02']

interface Adoption {onCloud: number; total: number}
interface Plan {waves: Array<{systems: Array<{id: string; from: string}>; nodes: Array<{id: string; action: string}>}>; blockedNodes: Array<{id: string}>}
interface Check {findings: Array<{rule: string; subject: {kind: string; id: string}; data: {node?: string}}>}

describe('a pack with other node types', async () => {
  const base = {
    adoption: (await runJsonInProcess<Adoption>(['adoption', EX, ...AS_OF])).json,
    plan: (await runJsonInProcess<Plan>(['plan', EX, ...AS_OF])).json,
    check: (await runJsonInProcess<Check>(['check', EX, ...AS_OF])).json,
  }
  const other = {
    adoption: (await runJsonInProcess<Adoption>(['adoption', EX, ...AS_OF, ...PACK])).json,
    plan: (await runJsonInProcess<Plan>(['plan', EX, ...AS_OF, ...PACK])).json,
    check: (await runJsonInProcess<Check>(['check', EX, ...AS_OF, ...PACK])).json,
  }
  const onDepartmentCloud = (id: string) => id.startsWith('dc-')
  const loaded = loadInventory([EX], {cwd: ROOT})
  if (!loaded.ok) throw new Error('the example does not load')
  const departmentCloudSystems = loaded.inventory.systems.filter(s => isInScope(s) && onDepartmentCloud(s.hosting.node))

  it('counts systems on department clouds as on the one cloud in adoption', () => {
    expect(departmentCloudSystems.length).toBeGreaterThan(0)
    expect(other.adoption.total).toBe(base.adoption.total)
    expect(other.adoption.onCloud).toBe(base.adoption.onCloud + departmentCloudSystems.length)
  })

  it('neither moves their systems nor closes department clouds in the plan', () => {
    const moved = (p: Plan) => p.waves.flatMap(w => w.systems.filter(s => onDepartmentCloud(s.from)).map(s => s.id))
    const closed = (p: Plan) => p.waves.flatMap(w => w.nodes.filter(n => n.action === 'close').map(n => n.id))
    expect(moved(base.plan).length).toBeGreaterThan(0)
    expect(moved(other.plan)).toEqual([])
    expect(closed(base.plan).filter(onDepartmentCloud).length).toBeGreaterThan(0)
    expect(closed(other.plan).filter(onDepartmentCloud)).toEqual([])
    // Only self-built rooms close now, and the city cloud the example vacates; the leased cloud neither closes nor blocks.
    expect([...closed(other.plan), ...other.plan.blockedNodes.map(b => b.id)].filter(id => !id.startsWith('sb-'))).toEqual(['city-sq'])
  })

  it('raises no CLOUD-001 or CLOUD-002 for systems on department clouds in check, and still CLOUD-002 for leased clouds', () => {
    const about = (c: Check, rule: string) => c.findings.filter(f => f.rule === rule && onDepartmentCloud(f.data.node ?? '')).length
    expect(about(base.check, 'CLOUD-002')).toBeGreaterThan(0)
    expect(about(other.check, 'CLOUD-001')).toBe(0)
    expect(about(other.check, 'CLOUD-002')).toBe(0)
    const leased = (c: Check) => c.findings.filter(f => f.rule === 'CLOUD-002' && f.data.node === 'ext-leased').map(f => f.subject.id)
    expect(leased(other.check)).toEqual(leased(base.check))
    expect(leased(other.check).length).toBeGreaterThan(0)
  })
})
