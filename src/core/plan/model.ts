// The migration plan's types: the resolved PlanConfig, move groups, and the result `yunwang plan --json` prints.

export type WaveOrder = 'dependencies-first' | 'dependents-first'

export interface Blackout {
  from: string
  to: string
  reason?: string
}

/** A PlanConfig with every default filled in. */
export interface ResolvedPlanConfig {
  start: string
  waveDays: number
  maxSystemsPerWave: number
  /** Undefined: no vCPU limit. */
  maxVcpuPerWave?: number
  order: WaveOrder
  blackouts: Blackout[]
}

export interface Resources {
  vcpu: number
  memoryGiB: number
  storageTiB: number
}

/** Systems that move together: a dependency cycle, an explicit `migration.group`, or one system. */
export interface MoveGroup {
  index: number
  /** The explicit group name (smallest, when several merge), else the smallest member id. */
  id: string
  /** Indices into `inventory.systems`, ascending (so by id). */
  members: number[]
  /** Every member counts against `maxSystemsPerWave`. */
  systems: number
  /** What the members that actually move (not `retire`) need on the target node; vCPU counts against `maxVcpuPerWave`. */
  demand: Resources
  /** Highest MLPS level among moving members; 0 when none is given. */
  mlps: number
  /** Every moving member is `xinchuang: ready`. */
  xinchuangReady: boolean
  region: string
  /** Every member is `retire`: a decommission that needs no target node. */
  retireOnly: boolean
  targetNode?: string
  pin?: number
  notBefore?: string
  deadline?: string
  /** Groups this group depends on (dependency direction, whatever the plan's order). */
  dependsOn: number[]
  /** Why the group is larger than one SCC or one explicit group (cycles across explicit groups). */
  mergedCycle: boolean
}

export type UnplacedReason = 'target-capacity' | 'target-mlps' | 'target-xinchuang' | 'target-classified' | 'target-dr' | 'no-eligible-node' | 'no-capacity'

export interface NodeChoice {
  node: string
  /** target: the group's targetNode; region: a one-cloud node in its region; province: the provincial fallback. */
  via: 'target' | 'region' | 'province'
  /** For `province`: the eligible nodes of the group's region that had no room for it then. */
  full?: string[]
}

export interface Unplacement {
  reason: UnplacedReason
  /** The nodes that were considered (eligible by MLPS and platform) or the target node. */
  nodes: string[]
  need: Resources
  mlps: number
  region: string
}

/** Why a group landed in its wave, recorded while scheduling (for `--explain` and the lower-bound gap). */
export interface PlacementTrace {
  /** First wave allowed by pins and notBefore. */
  release: number
  releaseBy?: 'pin' | 'notBefore'
  /** First wave at which every group it had to wait for was placed or set aside, and the release had come. */
  readyWave: number
  /** The group it waited for last (constraint direction of the plan's order), and that group's wave. */
  waitedFor?: {group: number; wave: number}
  wave: number
  oversize: boolean
  /** The onboarding wave it waited for, when only a node onboarded later could take it. */
  awaitedOnboarding?: number
}

export interface PlanWarning {
  code:
    | 'OVERSIZE_GROUP' | 'DEADLINE_MISSED' | 'PIN_MOVED' | 'PIN_CONFLICT' | 'TARGET_CONFLICT' | 'TARGET_NOT_ONE_CLOUD' | 'UNPLACED' | 'EMPTY_SCOPE'
    | 'ONBOARD_MLPS' | 'TARGET_MISSED' | 'TARGET_PASSED' | 'START_IN_PAST'
  /** The group, system, node or pack target the warning is about. */
  subject?: string
  data: Record<string, string | number | string[]>
}

export interface PlanSystem {
  id: string
  from: string
  /** null for a decommission (`retire`). */
  to: string | null
  group: string
  action: 'migrate' | 'decommission'
}

export interface PlanWave {
  index: number
  start: string
  end: string
  systems: PlanSystem[]
  networks: Array<{id: string; action: 'interconnect' | 'decommission'}>
  /** Node milestones: 纳管 (onboard) and 关停/腾退 (close). */
  nodes: Array<{id: string; action: NodeAction}>
  projectedRate: number
  load: {systems: number; vcpu: number}
  /** The blackout that pushed this window's start, when one did. */
  shiftedBy?: Blackout
}

export interface CapacityRow {
  wave: number
  before: Resources
  after: Resources
}

export interface NodeCapacity {
  node: string
  /** null when the inventory gives no capacity for the node (treated as unlimited). */
  capacity: Resources | null
  /** Capacity minus what the systems hosted there now use. */
  freeAtStart: Resources | null
  waves: CapacityRow[]
  freeAtEnd: Resources | null
  /** 需扩容: what the node lacks for the groups that could not be placed on it. */
  shortfall: Resources | null
}

export type NodeAction = 'onboard' | 'close'

/** A node the plan would close but cannot: systems stay on it. */
export interface BlockedNode {
  id: string
  /** Staying systems (classified ones only counted unless included). */
  systems: string[]
  classified: number
}

/** A pack target the plan moves, projected to its date. */
export interface PlanTarget {
  id: string
  metric: 'adoptionRate' | 'managedNodeRate' | 'privateNetworkConsolidation'
  by: string
  target: number
  /** The metric after the last wave ending on or before `by`; the current value when none does. */
  projected: number
  /** That wave; 0 when the projection is the current value. */
  wave: number
  met: boolean
}

export interface BlockedNetwork {
  id: string
  /** Staying systems that keep it alive (classified ones only counted unless included). */
  systems: string[]
  classified: number
}

export interface HeldBack {
  group: string
  wave: number
  kind: 'capacity' | 'dependency' | 'pin' | 'notBefore' | 'oversize'
  /** The limit that was full, or the group waited for. */
  detail: string
}

export interface LowerBound {
  /** Migration waves no valid plan can do without. */
  waves: number
  bySystems: number
  byVcpu: number
  oversize: number
  /** Latest wave a pin or notBefore forces (combined with the load released from then on). */
  byRelease: number
  /** The plan's last migration wave. */
  planned: number
  heldBack: HeldBack[]
}

export interface PlanResult {
  asOf: string
  config: ResolvedPlanConfig
  waves: PlanWave[]
  unplaced: Array<{id: string; group: string; reason: UnplacedReason; nodes: string[]; need: Resources; mlps: number; region: string; message?: string}>
  crossBoundary: Array<{from: string; to: string}>
  warnings: PlanWarning[]
  lowerBound: LowerBound
  capacity: NodeCapacity[]
  blockedNetworks: BlockedNetwork[]
  blockedNodes: BlockedNode[]
  /** Nationally managed vertical networks (国家垂管专网), left to their ministry: no milestone. */
  vertical: string[]
  targets: PlanTarget[]
  summary: {
    candidates: number
    groups: number
    placed: number
    decommissioned: number
    unplaced: number
    migrationWaves: number
    rateBefore: number
    rateAfter: number
    /** crossBoundary dependencies on classified systems, counted, not named. */
    crossBoundaryClassified: number
    onboardedNodes: number
    closedNodes: number
  }
}
