// Generated from schemas/*.schema.json by scripts/generate-types.mjs. Do not edit.
/* eslint-disable */

/**
 * 政务信息系统清单。 An inventory of government information systems.
 */

export interface SystemInventory {
  /**
   * 清单格式版本，目前为 yunwang/v1。 Inventory format version; currently yunwang/v1.
   */
  apiVersion: 'yunwang/v1'
  /**
   * 清单类型。 Inventory kind.
   */
  kind: 'SystemInventory'
  /**
   * 政务信息系统列表。 The systems.
   */
  systems: System[]
}
/**
 * 一个政务信息系统。 One government information system.
 */

export interface System {
  /**
   * 标识：小写字母、数字、点、下划线、连字符，最长 64 个字符，在同类记录中唯一。 Identifier: lower-case letters, digits, '.', '_' and '-', at most 64 characters, unique within its kind.
   */
  id: string
  /**
   * 名称（中文全称）。 Name, as people read it.
   */
  name: string
  /**
   * 责任单位，如 省人力资源社会保障厅。 Responsible unit, e.g. 省人力资源社会保障厅.
   */
  department: string
  /**
   * 行政层级：province 省级、city 市级、county 县级。 Administrative level.
   */
  level: 'province' | 'city' | 'county'
  /**
   * 行政区划代码（GB/T 2260，6 位数字），如 320000 江苏省、320100 南京市。 Administrative division code (GB/T 2260, 6 digits), e.g. 320000 Jiangsu, 320100 Nanjing.
   */
  region: string
  /**
   * 是否涉密；涉密系统不计入上云率，不上非涉密云和网络。 Classified (涉密): excluded from rates, never on the non-classified cloud or network.
   */
  classified?: boolean
  /**
   * 运行状态：in-service 在用、retiring 拟下线、retired 已下线、planned 拟建。 Lifecycle status.
   */
  status?: 'in-service' | 'retiring' | 'retired' | 'planned'
  /**
   * 是否政务服务系统（一部门一系统）。 A government-service system (one per department).
   */
  serviceSystem?: boolean
  /**
   * 网络安全等级保护级别（1–5）。 MLPS (等级保护) level, 1 to 5.
   */
  mlps?: number
  /**
   * 商用密码应用安全性评估（密评）结果。 Commercial-cryptography assessment (密评) result.
   */
  crypto?: 'passed' | 'failed' | 'none'
  /**
   * 异地灾备：true/false，或 {node: 节点 id} 写明存放异地副本的节点（须与部署节点不在同一设区市）。 Off-site disaster recovery: true or false, or {node: NODE_ID}, the node holding the off-site copy (which must be in another city than the hosting node).
   */
  disasterRecovery?:
    | boolean
    | {
        /**
         * 标识：小写字母、数字、点、下划线、连字符，最长 64 个字符，在同类记录中唯一。 Identifier: lower-case letters, digits, '.', '_' and '-', at most 64 characters, unique within its kind.
         */
        node: string
      }
  /**
   * 最近一次等级保护测评（等保测评）的日期。 Date of the last MLPS assessment (等保测评).
   */
  mlpsAssessed?: string
  /**
   * 最近一次商用密码应用安全性评估（密评）的日期。 Date of the last commercial-cryptography assessment (密评).
   */
  cryptoAssessed?: string
  /**
   * 是否关键信息基础设施（关基）；关基须为等保第三级及以上。 A critical information infrastructure (关键信息基础设施), which must be MLPS level 3 or above.
   */
  cii?: boolean
  /**
   * 本系统即为哪些共享平台：政策包 platformRoles 中的角色，如 identity 统一身份认证、data-exchange 数据共享交换平台、service-portal 政务服务平台、unified-ops 一网统管。 The shared platforms this system is: roles the policy pack names in platformRoles, e.g. identity (统一身份认证), data-exchange (数据共享交换平台), service-portal (政务服务平台/苏服办), unified-ops (一网统管).
   *
   * Items: 共享平台角色：小写字母、数字和连字符，如 identity、data-exchange；政策包在 platformRoles 中列出可用的角色。 A shared-platform role: lower-case letters, digits and hyphens, e.g. identity, data-exchange; the policy pack lists the roles in platformRoles.
   */
  provides?: string[]
  /**
   * 当前部署位置。 Where the system runs now.
   */
  hosting: {
    /**
     * 标识：小写字母、数字、点、下划线、连字符，最长 64 个字符，在同类记录中唯一。 Identifier: lower-case letters, digits, '.', '_' and '-', at most 64 characters, unique within its kind.
     */
    node: string
  }
  /**
   * 接入的网络（NetworkInventory 中的 id）。 Networks the system is attached to (ids from a NetworkInventory).
   *
   * Items: 标识：小写字母、数字、点、下划线、连字符，最长 64 个字符，在同类记录中唯一。 Identifier: lower-case letters, digits, '.', '_' and '-', at most 64 characters, unique within its kind.
   */
  networks?: string[]
  /**
   * 运行所依赖的系统：系统 id，或 {system, kind}。 Systems this one needs to run: a system id, or {system, kind}.
   */
  dependsOn?: (
    | string
    | {
        /**
         * 标识：小写字母、数字、点、下划线、连字符，最长 64 个字符，在同类记录中唯一。 Identifier: lower-case letters, digits, '.', '_' and '-', at most 64 characters, unique within its kind.
         */
        system: string
        /**
         * 依赖类型：api 接口、data 数据、auth 认证。 Kind of dependency.
         */
        kind?: 'api' | 'data' | 'auth'
      }
  )[]
  resources?: Resources
  /**
   * IPv6 双栈情况。 IPv6 dual-stack facts.
   */
  ipv6?: {
    /**
     * IPv6 地址。 IPv6 addresses.
     */
    addresses?: string[]
    /**
     * 是否已配置 AAAA 记录。 Has a published AAAA record.
     */
    aaaa?: boolean
    /**
     * 应用对 IPv6 的支持程度。 How far the application supports IPv6.
     */
    appSupport?: 'full' | 'partial' | 'none' | 'unknown'
  }
  /**
   * 信创适配情况。 Adapted to the domestic technology stack (信创).
   */
  xinchuang?: 'ready' | 'not-ready' | 'unknown'
  /**
   * 迁移安排。 Migration arrangements.
   */
  migration?: {
    /**
     * 迁移策略。 Migration strategy.
     */
    strategy?: 'rehost' | 'replatform' | 'refactor' | 'repurchase' | 'retire' | 'retain'
    /**
     * 标识：小写字母、数字、点、下划线、连字符，最长 64 个字符，在同类记录中唯一。 Identifier: lower-case letters, digits, '.', '_' and '-', at most 64 characters, unique within its kind.
     */
    targetNode?: string
    /**
     * 标识：小写字母、数字、点、下划线、连字符，最长 64 个字符，在同类记录中唯一。 Identifier: lower-case letters, digits, '.', '_' and '-', at most 64 characters, unique within its kind.
     */
    group?: string
    /**
     * 指定批次（从 1 起），至多第 10000 批。 Pinned wave, counted from 1; at most 10,000 (decades of waves).
     */
    wave?: number
    /**
     * 不早于此日期迁移。 Do not move before this date.
     */
    notBefore?: string
    /**
     * 最迟完成日期。 Must have moved by this date.
     */
    deadline?: string
    exemption?: SystemExemption
  }
}
/**
 * 资源量：vCPU、内存（GiB）、存储（TiB）。上限远超任何一个政务云节点，使 100 万个系统的总和仍能精确计算。 Resources: vCPU, memory (GiB), storage (TiB). The maxima are far above any one government cloud node, and keep the sum over a million systems exact.
 */

export interface Resources {
  /**
   * 虚拟 CPU 核数，至多 1000 万（一个大型公有云地域的规模）。 Virtual CPUs, at most 10 million (the size of a large public-cloud region).
   */
  vcpu?: number
  /**
   * 内存，GiB，至多 1 亿 GiB（约 95 PiB）。 Memory in GiB, at most 100 million GiB (about 95 PiB).
   */
  memoryGiB?: number
  /**
   * 存储，TiB，至多 1000 万 TiB（约 9.5 EiB）。 Storage in TiB, at most 10 million TiB (about 9.5 EiB).
   */
  storageTiB?: number
}
/**
 * 系统的例外批准：理由、批准人、有效期至、文号、批准日期，以及所豁免的义务 covers（cloud 上云、network 网络整合、ipv6 IPv6 改造，默认仅 cloud）；有效期不早于评估日期时有效，只豁免 covers 所列义务。 A system's approved exception: reason, approver, expiry, file number, approval date, and `covers`, the obligations it waives (cloud, network, ipv6; default [cloud]). Valid while `until` is on or after the evaluation date; it waives exactly what it covers.
 */

export interface SystemExemption {
  /**
   * 例外理由。 Why the exception is granted.
   */
  reason: string
  /**
   * 批准人或批准单位。 Who approved it.
   */
  approvedBy: string
  /**
   * 有效期至（含当日）。 Valid up to and including this date.
   */
  until: string
  /**
   * 批准文件的文号（审批文号），如 苏政办函〔2024〕12号。 The approval's file number (审批文号).
   */
  document?: string
  /**
   * 批准日期。 The date it was approved.
   */
  approvedOn?: string
  /**
   * 豁免的义务：cloud 上云（CLOUD-001/002/005，并不列入迁移）、network 网络整合（NET-002，系统所在专网保留）、ipv6 IPv6 改造（IPV6-002）；默认 [cloud]。 The obligations waived: cloud (CLOUD-001/002/005, and no migration), network (NET-002; its networks stay), ipv6 (IPV6-002). Default [cloud].
   *
   * @minItems 1
   */
  covers?: ['cloud' | 'network' | 'ipv6', ...('cloud' | 'network' | 'ipv6')[]]
}

/**
 * 部署节点清单（云节点、机房）。 An inventory of hosting nodes (cloud nodes, machine rooms).
 */

export interface NodeInventory {
  /**
   * 清单格式版本，目前为 yunwang/v1。 Inventory format version; currently yunwang/v1.
   */
  apiVersion: 'yunwang/v1'
  /**
   * 清单类型。 Inventory kind.
   */
  kind: 'NodeInventory'
  /**
   * 部署节点列表。 The hosting nodes.
   */
  nodes: Node[]
}
/**
 * 一个部署节点。 One hosting node.
 */

export interface Node {
  /**
   * 标识：小写字母、数字、点、下划线、连字符，最长 64 个字符，在同类记录中唯一。 Identifier: lower-case letters, digits, '.', '_' and '-', at most 64 characters, unique within its kind.
   */
  id: string
  /**
   * 名称（中文全称）。 Name, as people read it.
   */
  name: string
  /**
   * 节点类型：provincial-cloud 省政务云节点、city-cloud 设区市云节点、department-cloud 部门云、self-built 自建机房、external 外租云。 Node type.
   */
  type: 'provincial-cloud' | 'city-cloud' | 'department-cloud' | 'self-built' | 'external'
  /**
   * 是否已纳入一朵云统一管理（纳管）。 Under unified management of the one cloud (纳管).
   */
  managed?: boolean
  /**
   * 是否涉密节点。 A node for classified systems.
   */
  classified?: boolean
  /**
   * 行政区划代码（GB/T 2260，6 位数字），如 320000 江苏省、320100 南京市。 Administrative division code (GB/T 2260, 6 digits), e.g. 320000 Jiangsu, 320100 Nanjing.
   */
  region?: string
  /**
   * 平台通过的最高等保级别。 Highest MLPS level the platform is certified for.
   */
  mlpsCertified?: number
  /**
   * 是否 IPv4/IPv6 双栈。 IPv4/IPv6 dual-stack.
   */
  dualStack?: boolean
  capacity?: Resources
  /**
   * 平台：x86 或 xinchuang（信创节点，如麒麟节点）。 Platform: x86, or xinchuang (a domestic-stack node).
   */
  platform?: 'x86' | 'xinchuang'
  /**
   * 用途：production 生产（默认）或 dr 灾备节点；灾备节点从不作为迁移目标。 production (default) or dr, a disaster-recovery site, which is never a migration target.
   */
  role?: 'production' | 'dr'
  /**
   * 纳管安排（仅对政策包 oneCloud.managedNodeTypes 类型、尚未纳管的节点有意义）：notBefore 最早纳管日期，wave 指定批次，vacate: true 表示不纳管而是迁空后关停。 When a node of a type the pack brings under management (oneCloud.managedNodeTypes) is onboarded: notBefore (earliest date), wave (a pinned wave), or vacate: true to empty and close it instead.
   */
  onboarding?: {
    /**
     * 不早于此日期所在批次纳管。 Onboarded in the first wave starting on or after this date.
     */
    notBefore?: string
    /**
     * 指定在第几批纳管，至多第 10000 批。 The wave to onboard it in; at most 10,000 (decades of waves).
     */
    wave?: number
    /**
     * 不纳管：迁出全部系统后关停。 Not onboarded: its systems move out and the node closes.
     */
    vacate?: boolean
  }
}
/**
 * 总容量。 Total capacity.
 */

/**
 * 网络清单（电子政务外网、业务专网等）。 An inventory of networks (e-government extranet, private networks, ...).
 */

export interface NetworkInventory {
  /**
   * 清单格式版本，目前为 yunwang/v1。 Inventory format version; currently yunwang/v1.
   */
  apiVersion: 'yunwang/v1'
  /**
   * 清单类型。 Inventory kind.
   */
  kind: 'NetworkInventory'
  /**
   * 网络列表。 The networks.
   */
  networks: Network[]
}
/**
 * 一个网络。 One network.
 */

export interface Network {
  /**
   * 标识：小写字母、数字、点、下划线、连字符，最长 64 个字符，在同类记录中唯一。 Identifier: lower-case letters, digits, '.', '_' and '-', at most 64 characters, unique within its kind.
   */
  id: string
  /**
   * 名称（中文全称）。 Name, as people read it.
   */
  name: string
  /**
   * 网络类型：extranet 电子政务外网、private 业务专网、internet 互联网、classified 涉密网。 Network type.
   */
  type: 'extranet' | 'private' | 'internet' | 'classified'
  /**
   * 主管部门（业务专网）。 Owning department, for private networks.
   */
  owner?: string
  /**
   * 是否国家垂管专网。 A nationally managed vertical network (国家垂管专网).
   */
  vertical?: boolean
  /**
   * 是否 IPv4/IPv6 双栈。 IPv4/IPv6 dual-stack.
   */
  dualStack?: boolean
  /**
   * 地址空间（IPv4 或 IPv6 CIDR）。 Address space, IPv4 or IPv6 CIDR.
   */
  prefixes?: string[]
  /**
   * 专网整合进度。 Consolidation of a private network into the extranet.
   */
  consolidation?: {
    /**
     * 整合状态。 Consolidation status.
     */
    status?: 'none' | 'planned' | 'in-progress' | 'done'
    /**
     * 整合期限。 Consolidation deadline.
     */
    deadline?: string
    exemption?: Exemption
  }
}
/**
 * 例外（不上云/不整合）批准：理由、批准人、有效期至；有效期不早于评估日期时有效。 An approved exception: reason, approver and expiry; valid while `until` is on or after the evaluation date.
 */

export interface Exemption {
  /**
   * 例外理由。 Why the exception is granted.
   */
  reason: string
  /**
   * 批准人或批准单位。 Who approved it.
   */
  approvedBy: string
  /**
   * 有效期至（含当日）。 Valid up to and including this date.
   */
  until: string
  /**
   * 批准文件的文号（审批文号），如 苏政办函〔2024〕12号。 The approval's file number (审批文号).
   */
  document?: string
  /**
   * 批准日期。 The date it was approved.
   */
  approvedOn?: string
}

/**
 * 迁移计划参数。 Parameters of the migration plan.
 */

export interface PlanConfig {
  /**
   * 清单格式版本，目前为 yunwang/v1。 Inventory format version; currently yunwang/v1.
   */
  apiVersion: 'yunwang/v1'
  /**
   * 清单类型。 Inventory kind.
   */
  kind: 'PlanConfig'
  /**
   * 第一批次开始日期。 First day of wave 1.
   */
  start?: string
  /**
   * 每批次天数。 Length of a wave window, in days.
   */
  waveDays?: number
  /**
   * 每批次最多迁移系统数，至多 1000 万（多于任何清单的系统数）。 At most this many systems per wave; at most 10 million (more systems than any inventory holds).
   */
  maxSystemsPerWave?: number
  /**
   * 每批次最多迁移 vCPU（可选），至多 1000 万（与单个资源量上限相同）。 At most this many vCPU moved per wave (optional); at most 10 million, as for any one resource figure.
   */
  maxVcpuPerWave?: number
  /**
   * 排序：dependencies-first 先迁被依赖者，dependents-first 先迁依赖者。 Order of dependent groups.
   */
  order?: 'dependencies-first' | 'dependents-first'
  /**
   * 封网期（不安排迁移）。 Blackout periods with no migration.
   */
  blackouts?: {
    /**
     * 开始日期（含）。 First day (inclusive).
     */
    from: string
    /**
     * 结束日期（含）。 Last day (inclusive).
     */
    to: string
    /**
     * 原因，如 春节。 Reason, e.g. 春节.
     */
    reason?: string
  }[]
}

/**
 * 上报指标：清单无法计算、由部门或地区上报的指标（公共数据按需共享率、应开放公共数据开放率、一网通办率、标志性场景数等），按月记录。同一指标、同一月份、同一范围（部门、地区或全省）只能有一条记录。 Reported indicators: the targets an inventory cannot compute, reported by departments or regions (data-sharing rate, data-opening rate, one-network-service rate, data scenarios …), one record per indicator, month and scope (a department, a region, or overall).
 */

export interface Measurements {
  /**
   * 清单格式版本，目前为 yunwang/v1。 Inventory format version; currently yunwang/v1.
   */
  apiVersion: 'yunwang/v1'
  /**
   * 清单类型。 Inventory kind.
   */
  kind: 'Measurements'
  /**
   * 上报记录列表。 The reported records.
   */
  measurements: Measurement[]
}
/**
 * 一条上报记录：给出 value，或同时给出 numerator 和 denominator；可选 department 或 region 其一，都不给即全省（总体）记录。 One reported record: either `value`, or `numerator` and `denominator`; optionally a `department` or a `region` (not both); with neither it is the overall record.
 */

export interface Measurement {
  /**
   * 指标标识，须为政策包声明的上报指标，如 data-sharing、data-opening、one-network-service、data-scenarios。 Indicator id, one the policy pack declares, e.g. data-sharing.
   */
  indicator: string
  /**
   * 统计月份，格式 YYYY-MM。 The month reported, YYYY-MM.
   */
  period: string
  /**
   * 指标值：比率为 0 到 1 之间的小数，计数为非负数。 The value: a rate as a fraction in [0, 1], or a count.
   */
  value?: number
  /**
   * 分子（如已按需共享的数据项数）。 Numerator, e.g. data items shared on demand.
   */
  numerator?: number
  /**
   * 分母（如共享需求清单中的数据项总数）。 Denominator, e.g. data items in the demand list.
   */
  denominator?: number
  /**
   * 上报部门。 The reporting department.
   */
  department?: string
  /**
   * 上报地区（行政区划代码）。 The reporting region (GB/T 2260 code).
   */
  region?: string
  /**
   * 数据来源（如 常州市政务办月报）。 Where the figure comes from, free text.
   */
  source?: string
}

/**
 * 工作目录中的 yunwang.yaml：未给出路径时使用的清单路径与默认选项。 yunwang.yaml in the working directory: inventory paths and defaults used when a command is given no paths.
 */

export interface YunwangYaml {
  /**
   * 清单文件或目录（相对于 yunwang.yaml）。 Inventory files or directories, relative to yunwang.yaml.
   */
  paths?: string[]
  /**
   * 政策包名称或文件。 Policy pack name or file.
   */
  policy?: string
  /**
   * PlanConfig 文件。 PlanConfig file.
   */
  plan?: string
  /**
   * 输出语言，覆盖在此运行 yunwang 的每位用户自己的设置；一般不写。 Output language for everyone who runs yunwang here, overriding their own; usually left out.
   */
  lang?: 'zh' | 'en'
}

/**
 * 节点类型（同 NodeInventory）。 Node type, as in a NodeInventory.
 */

export type NodeType = 'provincial-cloud' | 'city-cloud' | 'department-cloud' | 'self-built' | 'external'

/**
 * 政策包：一个辖区的合规规则、目标及其政策出处，作为数据发布（seeds/policy/<id>.yaml）。基础包须给出 name、sources、oneCloud、targets 和 rules；以 extends 继承另一政策包的包可以只列出要改动的部分，sources、targets、rules 均按 id 合并：id 与基础包相同的条目覆盖该条目中给出的字段，新 id 的条目追加。 A policy pack: one jurisdiction's compliance rules, targets and the clauses they come from, shipped as data (seeds/policy/<id>.yaml). A base pack must give name, sources, oneCloud, targets and rules; a pack that `extends` another may list only what it changes. sources, targets and rules merge by id: an entry whose id is in the base pack overrides the fields it gives, an entry with a new id is added.
 */

export interface PolicyPack {
  /**
   * 清单格式版本，目前为 yunwang/v1。 Inventory format version; currently yunwang/v1.
   */
  apiVersion: 'yunwang/v1'
  /**
   * 文件类型。 File kind.
   */
  kind: 'PolicyPack'
  /**
   * 政策包标识，如 jiangsu；--policy NAME 按此查找。 Pack identifier, e.g. jiangsu; what --policy NAME looks up.
   */
  id: string
  name?: LocalizedText
  description?: LocalizedText1
  /**
   * 继承的政策包：随附政策包的名称（如 jiangsu），或本文件所在文件夹内某个 .yaml 文件的相对路径（不可为绝对路径，不可用 .. 跳出该文件夹；继承不可成环）。继承时先载入基础包，再按 id 合并本包的 sources、targets 和 rules；本包给出的 name、description、oneCloud 整体替换基础包的同名字段。 The pack this one builds on: the name of a shipped pack (e.g. jiangsu), or the relative path of a .yaml file inside this file's folder (never an absolute path, never `..` out of the folder; no cycles). The base pack is loaded first, then this pack's sources, targets and rules are merged into it by id; name, description and oneCloud, when given here, replace the base pack's.
   */
  extends?: string
  /**
   * 城市（或县）政策包的适用范围：给出后，本包自己的规则和目标只适用于这些行政区划内的对象（设区市代码含其所辖县、市、区），基础包的规则在其他地方照常适用；须与 extends 同用，且不可改 oneCloud、exemptionNoticeDays。与基础包同 id 的规则在范围内替换基础包的规则（覆盖所给字段，enabled: false 即在范围内关闭），新 id 的规则只在范围内运行；目标须为新 id，作为只在范围内计算的指标列出。 Where a city's (or county's) pack applies: its own rules and targets judge only subjects in these regions (a city's code takes in its counties), while the base pack's rules apply everywhere else. Needs `extends`, and may not change oneCloud or exemptionNoticeDays. A rule with a base rule's id replaces that rule inside the regions (the fields given override the base's; enabled: false switches it off there); a rule with a new id runs only there. Targets take new ids and are listed as indicators measured on the regions only.
   */
  appliesTo?: {
    /**
     * GB/T 2260 代码，如 ["320400"]（常州市及其所辖县、市、区）。 GB/T 2260 codes, e.g. ["320400"] (Changzhou and its counties).
     *
     * @minItems 1
     */
    regions: [string, ...string[]]
  }
  /**
   * 政策出处文件，以简短 id 供引用；按 id 合并。 The policy documents, keyed by a short id that citations use; merged by id.
   */
  sources?: Document[]
  oneCloud?: OneCloud
  /**
   * 共享平台角色：系统以 provides 声明自己是哪类共享平台（如 identity 统一身份认证），requires-provider 规则按角色检查依赖；按 id 合并。 Shared-platform roles: a system says with `provides` which shared platforms it is (e.g. identity), and requires-provider rules check dependencies by role. Merged by id.
   */
  platformRoles?: PlatformRole[]
  assessments?: Assessments
  /**
   * 例外到期提醒天数：有效例外在评估日期后这么多天内到期时 CLOUD-006 提醒续批或迁移；默认 90。 How many days before an exemption runs out CLOUD-006 warns to renew or migrate; default 90.
   */
  exemptionNoticeDays?: number
  /**
   * 量化目标（如上云率 100%）；按 id 合并，继承包中的条目可只给出 id 及要改的字段（如 rate、by、enabled）。 Numeric targets (e.g. a 100% cloud-adoption rate); merged by id, and an entry in an extending pack may give only the id and the fields it changes (e.g. rate, by, enabled).
   */
  targets?: unknown[]
  /**
   * 合规规则；按 id 合并，继承包中的条目可只给出 id 及要改的字段（如 enabled: false 关闭规则，severity 调整严重程度，message 改写消息）。规则 id 须为 yunwang 已实现的规则，否则载入时报错。 Compliance rules; merged by id, and an entry in an extending pack may give only the id and the fields it changes (e.g. enabled: false switches a rule off, severity changes how serious it is, message rewords it). A rule id yunwang does not implement is an error when the pack is loaded.
   */
  rules?: unknown[]
}
/**
 * 政策包名称。 Pack name.
 */

export interface LocalizedText {
  /**
   * 简体中文。 Simplified Chinese.
   */
  zh: string
  /**
   * 英文。 English.
   */
  en: string
}
/**
 * 政策包说明。 What the pack covers.
 */

export interface LocalizedText1 {
  /**
   * 简体中文。 Simplified Chinese.
   */
  zh: string
  /**
   * 英文。 English.
   */
  en: string
}
/**
 * 一份政策出处文件。 One source document.
 */

export interface Document {
  /**
   * 引用用的简短标识，如 sz-2022-44。 Short id that citations use, e.g. sz-2022-44.
   */
  id: string
  /**
   * 发文字号，如 苏政发〔2022〕44号；文章等无字号时省略。 Document number, e.g. 苏政发〔2022〕44号; left out for an article without one.
   */
  number?: string
  /**
   * 文件标题。 Document title.
   */
  title: string
  /**
   * 发文机关。 Issuing authority.
   */
  issuer?: string
  /**
   * 作者（文章）。 Author, for an article.
   */
  author?: string
  /**
   * 成文或发布日期。 Date signed or published.
   */
  date?: string
  /**
   * 原文地址。 Where the text is published.
   */
  url?: string
}
/**
 * 哪些节点算作“一朵云”：nodeTypes 中类型的节点一律算；managedNodeTypes 中类型的节点须 managed: true 才算。继承时整体替换。 Which nodes count as on the one cloud: nodes of a type in nodeTypes always count; nodes of a type in managedNodeTypes count only when managed: true. Replaced as a whole when given in an extending pack.
 */

export interface OneCloud {
  /**
   * 一律算作“一朵云”的节点类型。 Node types that always count.
   *
   * @minItems 1
   */
  nodeTypes: [NodeType, ...NodeType[]]
  /**
   * 纳管（managed: true）后才算作“一朵云”的节点类型；迁移计划对其中尚未纳管的节点安排纳管（除非 onboarding.vacate）。 Node types that count only when managed: true; the plan onboards (纳管) the unmanaged ones unless `onboarding.vacate`.
   */
  managedNodeTypes?: NodeType[]
  /**
   * 迁空后关停（腾退）的节点类型，如自建机房、部门云、外租云；计划在最后一个系统迁出后的批次关停。 Node types closed (关停/腾退) once emptied, e.g. self-built rooms, department clouds, leased clouds: the plan closes each in the wave after its last system leaves.
   */
  closeNodeTypes?: NodeType[]
  /**
   * 部门自建或租用的云：省级系统部署于此类节点时触发 CLOUD-002。 Clouds a department built or leased for itself: a province-level system on one fires CLOUD-002.
   */
  departmentCloudTypes?: NodeType[]
}
/**
 * 一种共享平台角色及其名称。 One shared-platform role and what it is called.
 */

export interface PlatformRole {
  /**
   * 共享平台角色：小写字母、数字和连字符，如 identity、data-exchange；政策包在 platformRoles 中列出可用的角色。 A shared-platform role: lower-case letters, digits and hyphens, e.g. identity, data-exchange; the policy pack lists the roles in platformRoles.
   */
  id: string
  label: LocalizedText2
  source?: Citation
}
/**
 * 平台名称，如 统一身份认证平台。 The platform's name, e.g. unified identity authentication.
 */

export interface LocalizedText2 {
  /**
   * 简体中文。 Simplified Chinese.
   */
  zh: string
  /**
   * 英文。 English.
   */
  en: string
}
/**
 * 要求共用该平台的条款。 The clause that asks for the platform to be shared.
 */

export interface Citation {
  /**
   * 出处文件 id（sources 中的 id）。 Source document id, from sources.
   */
  doc: string
  /**
   * 条款编号，按原文格式，如 二、6. 或 四、（一）。 Clause numbering as printed in the document, e.g. 二、6. or 四、（一）.
   */
  clause: string
  /**
   * 该条款的原文标题，如 打造自主安全“一朵云”。 The clause's own heading, verbatim.
   */
  heading?: string
  /**
   * 原文摘录，逐字照录（仅去掉文本提取造成的断行）。 A verbatim quote from the document (only line breaks introduced by text extraction removed).
   */
  quote: string
}
/**
 * 测评周期（SEC-005、SEC-006）：测评日期早于评估日期超过 days 天即为过期（恰好 days 天仍有效）。继承时整体替换。 Assessment periods (SEC-005, SEC-006): an assessment dated more than `days` days before the evaluation date is stale (exactly `days` days is still current). Replaced as a whole when given in an extending pack.
 */

export interface Assessments {
  /**
   * 等保测评周期，按等保级别：级别为 L 的系统适用 level ≤ L 中 level 最高的一项；低于最低一项的级别不要求定期测评。 MLPS assessment periods by level: a system of level L follows the entry with the highest level ≤ L; levels below the lowest entry need no periodic assessment.
   *
   * @minItems 1
   */
  mlps?: [
    {
      /**
       * 自此等保级别起适用。 The MLPS level from which the period applies.
       */
      level: number
      /**
       * 测评有效天数。 Days an assessment stays current.
       */
      days: number
    },
    ...{
      /**
       * 自此等保级别起适用。 The MLPS level from which the period applies.
       */
      level: number
      /**
       * 测评有效天数。 Days an assessment stays current.
       */
      days: number
    }[]
  ]
  /**
   * 密评周期：等保级别不低于 level 且密评通过的系统，密评有效 days 天。 Cryptography assessment period: for systems of MLPS level `level` or above whose assessment passed, it stays current `days` days.
   */
  crypto?: {
    /**
     * 自此等保级别起要求定期密评。 The MLPS level from which periodic assessment is required.
     */
    level: number
    /**
     * 密评有效天数。 Days an assessment stays current.
     */
    days: number
  }
}
