// Which records a department's survey workbook holds, for `export` and for the rows `import --merge`
// expects back: its systems (责任单位), the networks it owns (主管部门), the nodes its systems run on,
// its reported indicators. Classified systems, classified nodes and classified networks are counted and
// left out unless they are asked for.
import type {ImportKind} from '../import/import-fields.js'
import type {Inventory} from '../inventory/model.js'

export interface DepartmentRecords {
  /** Records of the kind, sorted by id (measurements: by indicator, period, scope), as the inventory holds them. */
  records: Array<Record<string, unknown>>
  /** Classified records of the department left out. */
  classified: number
}

export interface ScopeOptions {
  /** No department: every record of the kind. */
  department?: string
  includeClassified: boolean
}

export function departmentRecords(inv: Inventory, kind: ImportKind, o: ScopeOptions): DepartmentRecords {
  const d = o.department
  let classified = 0
  const keep = <T>(all: T[], mine: (r: T) => boolean, secret: (r: T) => boolean): T[] =>
    all.filter(r => {
      if (!mine(r)) return false
      if (secret(r) && !o.includeClassified) {
        classified++
        return false
      }
      return true
    })
  let records: unknown[]
  if (kind === 'systems') records = keep(inv.systems, s => d === undefined || s.department === d, s => s.classified)
  else if (kind === 'networks') records = keep(inv.networks, n => d === undefined || n.owner === d, n => n.type === 'classified')
  else if (kind === 'nodes') {
    const hosting = new Set(inv.systems.filter(s => d === undefined || s.department === d).filter(s => o.includeClassified || !s.classified).map(s => s.hosting.node))
    records = keep(inv.nodes, n => d === undefined || hosting.has(n.id), n => n.classified)
  } else records = inv.measurements.filter(m => d === undefined || m.department === d).map(({at: _at, ...m}) => m)
  return {records: records as Array<Record<string, unknown>>, classified}
}

/** The departments with records of the kind (systems: 责任单位; networks: owner; measurements: department), sorted. */
export function departmentsOf(inv: Inventory, kind: ImportKind, includeClassified: boolean): string[] {
  const names = new Set<string>()
  if (kind === 'networks') for (const n of inv.networks) n.owner !== undefined && (includeClassified || n.type !== 'classified') && names.add(n.owner)
  else if (kind === 'measurements') for (const m of inv.measurements) m.department !== undefined && names.add(m.department)
  else for (const s of inv.systems) if (includeClassified || !s.classified) names.add(s.department)
  return [...names].sort()
}
