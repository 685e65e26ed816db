// The inventory as the rest of yunwang sees it: defaults applied, references resolved, records sorted by id.
import type {Position} from '../errors.js'
import type * as S from './schema-types.js'

export type DependencyKind = 'api' | 'data' | 'auth'
export interface Dependency {
  system: string
  kind?: DependencyKind
}

export type Strategy = NonNullable<NonNullable<S.System['migration']>['strategy']>
export type Migration = Omit<NonNullable<S.System['migration']>, 'strategy'> & {strategy: Strategy}

export type SystemRecord = Omit<S.System, 'classified' | 'status' | 'serviceSystem' | 'crypto' | 'disasterRecovery' | 'cii' | 'provides' | 'networks' | 'dependsOn' | 'xinchuang' | 'migration'> & {
  classified: boolean
  status: NonNullable<S.System['status']>
  serviceSystem: boolean
  crypto: NonNullable<S.System['crypto']>
  /** Has off-site disaster recovery: `true`, or `{node}` in the file. */
  disasterRecovery: boolean
  /** The node holding the disaster-recovery copy, when the file names one (`disasterRecovery: {node}`). */
  disasterRecoveryNode?: string
  cii: boolean
  /** Shared-platform roles this system fills (the pack's platformRoles), as written (the schema forbids repeats). */
  provides: string[]
  networks: string[]
  dependsOn: Dependency[]
  xinchuang: NonNullable<S.System['xinchuang']>
  migration: Migration
}

export type NodeRecord = Omit<S.Node, 'managed' | 'classified' | 'dualStack' | 'platform'> & {
  managed: boolean
  classified: boolean
  dualStack: boolean
  platform: NonNullable<S.Node['platform']>
}

export type NetworkRecord = Omit<S.Network, 'vertical' | 'dualStack' | 'prefixes' | 'consolidation'> & {
  vertical: boolean
  dualStack: boolean
  prefixes: string[]
  consolidation: Omit<NonNullable<S.Network['consolidation']>, 'status'> & {status: NonNullable<NonNullable<S.Network['consolidation']>['status']>}
}

export type PlanConfigDocument = S.PlanConfig

/** A reported figure (kind Measurements) and where it is written, for problems the pack finds later. */
export type MeasurementRecord = S.Measurement & {at: Position}

/** The scope a measurement is reported for: `department:NAME`, `region:CODE`, or `overall`. */
export function measurementScope(m: S.Measurement): string {
  return m.department !== undefined ? `department:${m.department}` : m.region !== undefined ? `region:${m.region}` : 'overall'
}

export interface Inventory {
  systems: SystemRecord[]
  nodes: NodeRecord[]
  networks: NetworkRecord[]
  planConfig?: {config: PlanConfigDocument; file: string}
  /** Reported indicators, sorted by indicator, period and scope. */
  measurements: MeasurementRecord[]
  system: ReadonlyMap<string, SystemRecord>
  node: ReadonlyMap<string, NodeRecord>
  network: ReadonlyMap<string, NetworkRecord>
  /** Where each record is defined, keyed `system:ID`, `node:ID`, `network:ID`. */
  origin: ReadonlyMap<string, Position>
  files: string[]
}

/*
 * A system record is a new object of one fixed shape: every field in the same order, with `undefined` where
 * the file leaves an optional field out, and so are its `migration` and each `dependsOn` entry. The parsed
 * objects come in as many shapes as there are orders and subsets of keys in the files (47 at 100,000
 * generated systems), which makes every read of a field in the rules and the planner a slow, megamorphic
 * one, and lie scattered through the heap among the rest of the parse; records of one shape, made one after
 * another, are read two to four times faster (plan's core a quarter quicker, check's nearly twice) for the
 * price of making them (about 0.1 s at 100,000 systems). `resources`, `ipv6`, `provides` and the
 * exemption are shared with the parsed record, which is left as it was. Names that many records repeat
 * (department, region, the node and networks a system uses) go through `intern`: see stringInterner.
 * `JSON.stringify` leaves the undefined fields out, and every comparison of records reads fields by name.
 */

export function normalizeSystem(s: S.System, intern: (text: string) => string = same): SystemRecord {
  const dr = s.disasterRecovery
  return {
    id: s.id,
    name: s.name,
    department: intern(s.department),
    level: s.level,
    region: intern(s.region),
    classified: s.classified ?? false,
    status: s.status ?? 'in-service',
    serviceSystem: s.serviceSystem ?? false,
    mlps: s.mlps,
    crypto: s.crypto ?? 'none',
    disasterRecovery: dr !== undefined && dr !== false,
    // Given a record made here already (import compares records normalized again), its node is kept.
    disasterRecoveryNode: typeof dr === 'object' && dr !== null ? intern(dr.node) : (s as Partial<SystemRecord>).disasterRecoveryNode,
    mlpsAssessed: s.mlpsAssessed,
    cryptoAssessed: s.cryptoAssessed,
    cii: s.cii ?? false,
    provides: s.provides ?? [],
    // A sheet row being merged may lack either (import --merge normalizes rows too): kept as they are.
    hosting: s.hosting === undefined || s.hosting === null ? s.hosting : {node: intern(s.hosting.node)},
    networks: s.networks === undefined ? [] : Array.isArray(s.networks) ? s.networks.map(intern) : s.networks,
    dependsOn: normalizeDependencies(s.dependsOn),
    resources: s.resources,
    ipv6: s.ipv6,
    xinchuang: s.xinchuang ?? 'unknown',
    migration: normalizeMigration(s.migration, intern),
  }
}

const same = (text: string): string => text

/**
 * One string for each distinct value passed: the loader seeds it with the node and network ids and gives
 * every system's department, region, node and network references through it, so 100,000 copies of a few
 * hundred names become one each (less memory), and a lookup of a system's node or department in a map
 * finds the very string it holds as a key, without comparing characters.
 */
export function stringInterner(): (text: string) => string {
  const seen = new Map<string, string>()
  return text => {
    if (typeof text !== 'string') return text
    const kept = seen.get(text)
    if (kept !== undefined) return kept
    seen.set(text, text)
    return text
  }
}

function normalizeDependencies(deps: S.System['dependsOn']): Dependency[] {
  if (deps === undefined) return []
  const out: Dependency[] = new Array(deps.length)
  for (let i = 0; i < deps.length; i++) {
    const d = deps[i]
    out[i] = typeof d === 'string' ? {system: d, kind: undefined} : {system: d.system, kind: d.kind}
  }
  return out
}

function normalizeMigration(m: S.System['migration'], intern: (text: string) => string): Migration {
  if (m === undefined || m === null) return {strategy: 'rehost', targetNode: undefined, group: undefined, wave: undefined, notBefore: undefined, deadline: undefined, exemption: undefined}
  return {strategy: m.strategy ?? 'rehost', targetNode: m.targetNode === undefined ? undefined : intern(m.targetNode), group: m.group, wave: m.wave, notBefore: m.notBefore, deadline: m.deadline, exemption: m.exemption}
}

export function normalizeNode(n: S.Node): NodeRecord {
  return normalizeNodeInPlace({...n})
}

export function normalizeNetwork(n: S.Network): NetworkRecord {
  const copy = {...n}
  if (n.consolidation !== undefined) copy.consolidation = {...n.consolidation}
  return normalizeNetworkInPlace(copy)
}

/*
 * The same two, made in the record itself rather than in a copy, for a loader whose records are its own
 * fresh parse. A field the record has keeps its place and a default is added after the others, so the
 * keys come out in the order the copy would have them. Applying one twice changes nothing.
 */

export function normalizeNodeInPlace(n: S.Node): NodeRecord {
  const r = n as unknown as Record<string, unknown>
  r.managed = n.managed ?? false
  r.classified = n.classified ?? false
  r.dualStack = n.dualStack ?? false
  r.platform = n.platform ?? 'x86'
  return n as unknown as NodeRecord
}

export function normalizeNetworkInPlace(n: S.Network): NetworkRecord {
  const r = n as unknown as Record<string, unknown>
  r.vertical = n.vertical ?? false
  r.dualStack = n.dualStack ?? false
  r.prefixes = n.prefixes ?? []
  const c = n.consolidation
  if (c === undefined || c === null) r.consolidation = {status: 'none'}
  else (c as Record<string, unknown>).status = c.status ?? 'none'
  return n as unknown as NetworkRecord
}
