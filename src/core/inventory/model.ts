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

export function normalizeSystem(s: S.System): SystemRecord {
  return {
    ...s,
    classified: s.classified ?? false,
    status: s.status ?? 'in-service',
    serviceSystem: s.serviceSystem ?? false,
    crypto: s.crypto ?? 'none',
    disasterRecovery: s.disasterRecovery !== undefined && s.disasterRecovery !== false,
    ...(typeof s.disasterRecovery === 'object' ? {disasterRecoveryNode: s.disasterRecovery.node} : {}),
    cii: s.cii ?? false,
    provides: s.provides ?? [],
    networks: s.networks ?? [],
    dependsOn: (s.dependsOn ?? []).map(d => (typeof d === 'string' ? {system: d} : d)),
    xinchuang: s.xinchuang ?? 'unknown',
    migration: {...s.migration, strategy: s.migration?.strategy ?? 'rehost'},
  }
}

export function normalizeNode(n: S.Node): NodeRecord {
  return {...n, managed: n.managed ?? false, classified: n.classified ?? false, dualStack: n.dualStack ?? false, platform: n.platform ?? 'x86'}
}

export function normalizeNetwork(n: S.Network): NetworkRecord {
  return {
    ...n,
    vertical: n.vertical ?? false,
    dualStack: n.dualStack ?? false,
    prefixes: n.prefixes ?? [],
    consolidation: {...n.consolidation, status: n.consolidation?.status ?? 'none'},
  }
}
