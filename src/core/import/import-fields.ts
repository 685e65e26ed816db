// The fields a survey sheet may fill for each inventory kind, the headers that name them (Chinese
// survey headers and the English field names), and how each cell value is read.

export type ImportKind = 'systems' | 'nodes' | 'networks' | 'measurements'
export const IMPORT_KINDS = ['systems', 'nodes', 'networks', 'measurements'] as const

export type ValueType =
  | {type: 'id'}
  | {type: 'text'}
  | {type: 'region'}
  | {type: 'bool'}
  | {type: 'mlps'}
  | {type: 'number'}
  | {type: 'date'}
  /** A month, YYYY-MM (2026-11, 2026年11月, or a date in it). */
  | {type: 'month'}
  | {type: 'enum'; values: Record<string, string>}
  /** Several words of an enumeration in one cell, separated as lists are (、,，;；); duplicates dropped. */
  | {type: 'enumList'; values: Record<string, string>}
  | {type: 'ref'; to: ImportKind}
  | {type: 'refs'; to: ImportKind}
  | {type: 'dependsOn'}
  | {type: 'list'}
  | {type: 'cidrs'}

export interface FieldSpec {
  /** Dotted path in the record, e.g. `hosting.node`. */
  path: string
  value: ValueType
  required?: boolean
  /** Headers that name this field, as written in surveys (compared after `headerKey`). */
  headers: string[]
  /** Headers that give the value in another unit, with the factor to this field's unit (存储（GB） → TiB). */
  scaled?: Record<string, number>
}

/** Statuses, levels and the like as people write them; keys are compared after `valueKey`. */
const LEVELS = {省级: 'province', 省: 'province', 省本级: 'province', province: 'province', 市级: 'city', 市: 'city', 设区市: 'city', city: 'city', 县级: 'county', 县: 'county', 区县: 'county', 县区: 'county', 县市区: 'county', county: 'county'}
const STATUSES = {
  在用: 'in-service', 在运行: 'in-service', 运行: 'in-service', 运行中: 'in-service', 正常运行: 'in-service', 'in-service': 'in-service',
  拟下线: 'retiring', 待下线: 'retiring', 计划下线: 'retiring', retiring: 'retiring',
  已下线: 'retired', 下线: 'retired', 停用: 'retired', 已停用: 'retired', retired: 'retired',
  拟建: 'planned', 在建: 'planned', 规划: 'planned', 规划中: 'planned', planned: 'planned',
}
const CRYPTO = {通过: 'passed', 已通过: 'passed', 密评通过: 'passed', passed: 'passed', 未通过: 'failed', 不通过: 'failed', failed: 'failed', 未开展: 'none', 未密评: 'none', 未测评: 'none', 无: 'none', 否: 'none', none: 'none'}
const XINCHUANG = {已适配: 'ready', 适配: 'ready', 是: 'ready', 完成: 'ready', ready: 'ready', 未适配: 'not-ready', 否: 'not-ready', 'not-ready': 'not-ready', 未知: 'unknown', 不确定: 'unknown', unknown: 'unknown'}
const STRATEGIES = {
  直接迁移: 'rehost', 平移: 'rehost', 迁移: 'rehost', rehost: 'rehost',
  平台改造: 'replatform', 改造迁移: 'replatform', replatform: 'replatform',
  重构: 'refactor', 重构迁移: 'refactor', refactor: 'refactor',
  重新采购: 'repurchase', 替换: 'repurchase', repurchase: 'repurchase',
  下线: 'retire', 退役: 'retire', 停用: 'retire', retire: 'retire',
  保留: 'retain', 不迁移: 'retain', 暂不迁移: 'retain', retain: 'retain',
}
/** What a system's exemption waives (豁免范围), as surveys write it. */
const COVERS = {
  上云: 'cloud', 云: 'cloud', 不上云: 'cloud', 政务云: 'cloud', cloud: 'cloud',
  网络: 'network', 网络整合: 'network', 专网: 'network', 专网整合: 'network', 外网: 'network', 政务外网: 'network', network: 'network',
  ipv6: 'ipv6', ipv6改造: 'ipv6', 'ipv6+': 'ipv6', 双栈: 'ipv6', ipv6双栈: 'ipv6',
}
/** Shared-platform roles (the Jiangsu pack's platformRoles) as surveys name the platforms. */
const PLATFORM_ROLES = {
  统一身份认证: 'identity', 统一身份认证平台: 'identity', 身份认证: 'identity', 统一认证: 'identity', 单点登录: 'identity', identity: 'identity',
  数据共享交换: 'data-exchange', 数据共享交换平台: 'data-exchange', 数据交换: 'data-exchange', 数据交换平台: 'data-exchange', 共享交换平台: 'data-exchange', 'data-exchange': 'data-exchange',
  政务服务平台: 'service-portal', 政务服务门户: 'service-portal', 苏服办: 'service-portal', 'service-portal': 'service-portal',
  一网统管: 'unified-ops', 一网统管平台: 'unified-ops', 'unified-ops': 'unified-ops',
}
const APP_SUPPORT = {完全支持: 'full', 支持: 'full', full: 'full', 部分支持: 'partial', partial: 'partial', 不支持: 'none', none: 'none', 未知: 'unknown', unknown: 'unknown'}
const NODE_TYPES = {
  省政务云: 'provincial-cloud', 省政务云节点: 'provincial-cloud', 省级政务云: 'provincial-cloud', 'provincial-cloud': 'provincial-cloud',
  设区市云: 'city-cloud', 设区市云节点: 'city-cloud', 市政务云: 'city-cloud', 市级政务云: 'city-cloud', 设区市政务云: 'city-cloud', 'city-cloud': 'city-cloud',
  部门云: 'department-cloud', 部门自建云: 'department-cloud', 'department-cloud': 'department-cloud',
  自建机房: 'self-built', 自建: 'self-built', 部门机房: 'self-built', 'self-built': 'self-built',
  外租云: 'external', 租用云: 'external', 公有云: 'external', 第三方云: 'external', external: 'external',
}
const PLATFORMS = {x86: 'x86', 通用: 'x86', 信创: 'xinchuang', 麒麟: 'xinchuang', 信创节点: 'xinchuang', xinchuang: 'xinchuang'}
const NETWORK_TYPES = {
  电子政务外网: 'extranet', 政务外网: 'extranet', 外网: 'extranet', extranet: 'extranet',
  业务专网: 'private', 专网: 'private', 部门专网: 'private', private: 'private',
  互联网: 'internet', internet: 'internet',
  涉密网: 'classified', 涉密网络: 'classified', 涉密内网: 'classified', classified: 'classified',
}
const CONSOLIDATION = {
  未整合: 'none', 未启动: 'none', 无: 'none', none: 'none',
  已计划: 'planned', 计划整合: 'planned', 拟整合: 'planned', planned: 'planned',
  整合中: 'in-progress', 进行中: 'in-progress', 正在整合: 'in-progress', 'in-progress': 'in-progress',
  已完成: 'done', 已整合: 'done', 完成: 'done', done: 'done',
}

const SYSTEM_FIELDS: FieldSpec[] = [
  {path: 'id', value: {type: 'id'}, headers: ['系统标识', '系统编号', '系统id', '标识']},
  {path: 'name', value: {type: 'text'}, required: true, headers: ['系统名称', '信息系统名称', '名称']},
  {path: 'department', value: {type: 'text'}, required: true, headers: ['责任单位', '主管单位', '所属部门', '建设单位']},
  {path: 'level', value: {type: 'enum', values: LEVELS}, required: true, headers: ['行政级别', '层级', '系统层级']},
  {path: 'region', value: {type: 'region'}, required: true, headers: ['行政区划代码', '区划代码', '行政区划']},
  {path: 'classified', value: {type: 'bool'}, headers: ['是否涉密', '涉密']},
  {path: 'status', value: {type: 'enum', values: STATUSES}, headers: ['运行状态', '状态']},
  {path: 'serviceSystem', value: {type: 'bool'}, headers: ['是否政务服务系统', '政务服务系统']},
  {path: 'mlps', value: {type: 'mlps'}, headers: ['等保级别', '等级保护级别', '等保等级', '等保定级']},
  {path: 'crypto', value: {type: 'enum', values: CRYPTO}, headers: ['密评情况', '密评', '密评结果']},
  {path: 'disasterRecovery', value: {type: 'bool'}, headers: ['异地灾备', '是否异地灾备']},
  {path: 'disasterRecovery.node', value: {type: 'ref', to: 'nodes'}, headers: ['灾备节点', '异地灾备节点', '灾备位置']},
  {path: 'mlpsAssessed', value: {type: 'date'}, headers: ['等保测评日期', '等保测评时间', '最近等保测评日期']},
  {path: 'cryptoAssessed', value: {type: 'date'}, headers: ['密评日期', '密评时间', '最近密评日期']},
  {path: 'cii', value: {type: 'bool'}, headers: ['关键信息基础设施', '是否关键信息基础设施', '关基', '是否关基']},
  {path: 'provides', value: {type: 'enumList', values: PLATFORM_ROLES}, headers: ['提供的共享平台', '共享平台', '平台角色']},
  {path: 'hosting.node', value: {type: 'ref', to: 'nodes'}, required: true, headers: ['部署节点', '部署位置', '所在节点', 'node']},
  {path: 'networks', value: {type: 'refs', to: 'networks'}, headers: ['接入网络', '网络']},
  {path: 'dependsOn', value: {type: 'dependsOn'}, headers: ['依赖系统', '依赖']},
  {path: 'resources.vcpu', value: {type: 'number'}, headers: ['vcpu', 'cpu', 'vcpu核', 'cpu核数', '虚拟cpu', 'vcpu核数']},
  {path: 'resources.memoryGiB', value: {type: 'number'}, headers: ['内存', '内存gb', '内存gib', 'memorygib']},
  {path: 'resources.storageTiB', value: {type: 'number'}, headers: ['存储', '存储tb', '存储tib', 'storagetib'], scaled: {存储gb: 1 / 1024, 存储gib: 1 / 1024}},
  {path: 'ipv6.addresses', value: {type: 'list'}, headers: ['ipv6地址']},
  {path: 'ipv6.aaaa', value: {type: 'bool'}, headers: ['aaaa记录', '是否配置aaaa记录']},
  {path: 'ipv6.appSupport', value: {type: 'enum', values: APP_SUPPORT}, headers: ['ipv6支持', '应用ipv6支持', 'ipv6支持情况']},
  {path: 'xinchuang', value: {type: 'enum', values: XINCHUANG}, headers: ['信创适配', '是否信创适配', '信创']},
  {path: 'migration.strategy', value: {type: 'enum', values: STRATEGIES}, headers: ['迁移策略', 'strategy']},
  {path: 'migration.targetNode', value: {type: 'ref', to: 'nodes'}, headers: ['目标节点', 'targetnode']},
  {path: 'migration.group', value: {type: 'id'}, headers: ['迁移组', 'group']},
  {path: 'migration.notBefore', value: {type: 'date'}, headers: ['最早迁移日期', 'notbefore']},
  {path: 'migration.deadline', value: {type: 'date'}, headers: ['迁移期限', '完成期限', 'deadline']},
  {path: 'migration.exemption.reason', value: {type: 'text'}, headers: ['例外理由', '不上云理由']},
  {path: 'migration.exemption.approvedBy', value: {type: 'text'}, headers: ['例外批准单位', '批准单位']},
  {path: 'migration.exemption.until', value: {type: 'date'}, headers: ['例外有效期', '例外有效期至']},
  {path: 'migration.exemption.document', value: {type: 'text'}, headers: ['例外文号', '批准文号', '审批文号', '文号']},
  {path: 'migration.exemption.approvedOn', value: {type: 'date'}, headers: ['批准日期', '例外批准日期', '审批日期']},
  {path: 'migration.exemption.covers', value: {type: 'enumList', values: COVERS}, headers: ['豁免范围', '例外范围', '豁免事项']},
]

const NODE_FIELDS: FieldSpec[] = [
  {path: 'id', value: {type: 'id'}, headers: ['节点标识', '节点编号', '节点id', '标识']},
  {path: 'name', value: {type: 'text'}, required: true, headers: ['节点名称', '名称']},
  {path: 'type', value: {type: 'enum', values: NODE_TYPES}, required: true, headers: ['节点类型', '类型']},
  {path: 'managed', value: {type: 'bool'}, headers: ['是否纳管', '纳管']},
  {path: 'classified', value: {type: 'bool'}, headers: ['是否涉密', '涉密']},
  {path: 'region', value: {type: 'region'}, headers: ['行政区划代码', '区划代码', '行政区划']},
  {path: 'mlpsCertified', value: {type: 'mlps'}, headers: ['等保认证级别', '等保级别', '认证级别']},
  {path: 'dualStack', value: {type: 'bool'}, headers: ['双栈', '是否双栈', 'ipv6双栈']},
  {path: 'capacity.vcpu', value: {type: 'number'}, headers: ['容量vcpu', 'vcpu容量', 'vcpu', 'cpu', 'vcpu核']},
  {path: 'capacity.memoryGiB', value: {type: 'number'}, headers: ['容量内存', '内存容量', '内存', '内存gb', '内存gib', '内存容量gb', '内存容量gib']},
  {path: 'capacity.storageTiB', value: {type: 'number'}, headers: ['容量存储', '存储容量', '存储', '存储tb', '存储tib', '存储容量tb', '存储容量tib'], scaled: {存储gb: 1 / 1024, 存储容量gb: 1 / 1024}},
  {path: 'platform', value: {type: 'enum', values: PLATFORMS}, headers: ['平台', '平台类型', '技术路线']},
]

const NETWORK_FIELDS: FieldSpec[] = [
  {path: 'id', value: {type: 'id'}, headers: ['网络标识', '网络编号', '网络id', '标识']},
  {path: 'name', value: {type: 'text'}, required: true, headers: ['网络名称', '名称']},
  {path: 'type', value: {type: 'enum', values: NETWORK_TYPES}, required: true, headers: ['网络类型', '类型']},
  {path: 'owner', value: {type: 'text'}, headers: ['主管部门', '建设单位']},
  {path: 'vertical', value: {type: 'bool'}, headers: ['是否垂管', '垂管', '国家垂管']},
  {path: 'dualStack', value: {type: 'bool'}, headers: ['双栈', '是否双栈', 'ipv6双栈']},
  {path: 'prefixes', value: {type: 'cidrs'}, headers: ['地址段', 'ip地址段', '网段']},
  {path: 'consolidation.status', value: {type: 'enum', values: CONSOLIDATION}, headers: ['整合状态', '整合情况']},
  {path: 'consolidation.deadline', value: {type: 'date'}, headers: ['整合期限', '整合完成期限']},
  {path: 'consolidation.exemption.reason', value: {type: 'text'}, headers: ['例外理由', '不整合理由']},
  {path: 'consolidation.exemption.approvedBy', value: {type: 'text'}, headers: ['例外批准单位', '批准单位']},
  {path: 'consolidation.exemption.until', value: {type: 'date'}, headers: ['例外有效期', '例外有效期至']},
  {path: 'consolidation.exemption.document', value: {type: 'text'}, headers: ['例外文号', '批准文号', '审批文号', '文号']},
  {path: 'consolidation.exemption.approvedOn', value: {type: 'date'}, headers: ['批准日期', '例外批准日期', '审批日期']},
]

/** The monthly sheet of reported indicators (kind Measurements): one row per indicator, month and department or region. */
const MEASUREMENT_FIELDS: FieldSpec[] = [
  {path: 'indicator', value: {type: 'id'}, required: true, headers: ['指标', '指标标识', '指标编号', 'indicator']},
  {path: 'period', value: {type: 'month'}, required: true, headers: ['月份', '统计月份', '统计期', '期间', 'period']},
  {path: 'value', value: {type: 'number'}, headers: ['比率', '数值', '指标值', '值', 'value']},
  {path: 'numerator', value: {type: 'number'}, headers: ['分子', 'numerator']},
  {path: 'denominator', value: {type: 'number'}, headers: ['分母', 'denominator']},
  {path: 'department', value: {type: 'text'}, headers: ['部门', '上报部门', '责任单位', 'department']},
  {path: 'region', value: {type: 'region'}, headers: ['地区', '行政区划代码', '区划代码', '行政区划', 'region']},
  {path: 'source', value: {type: 'text'}, headers: ['来源', '数据来源', 'source']},
]

export const IMPORT_FIELDS: Record<ImportKind, FieldSpec[]> = {systems: SYSTEM_FIELDS, nodes: NODE_FIELDS, networks: NETWORK_FIELDS, measurements: MEASUREMENT_FIELDS}

/**
 * The first cell of the help row `export` writes under the header begins with one of these; `import`
 * skips a row directly under the header that does, so a returned survey reads as it was sent.
 */
export const HELP_ROW_MARKER = {zh: '【填写说明】', en: '[Help]'} as const

/** Prefixes of generated ids, by kind. */
export const ID_PREFIX: Record<ImportKind, string> = {systems: 'sys', nodes: 'node', networks: 'net', measurements: 'm'}

/**
 * How a header is compared: full-width forms folded, case folded, spaces, required-marks (*) and
 * brackets dropped (their content kept), so 「内存（GB）」, 「 内存(GB) 」 and 「*内存GB」 are one header.
 */
export function headerKey(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[\s*_\-/()[\]【】（）:：]/g, '').replace(/^\d+[.、]/, '')
}

/** How a cell is compared with the words of an enumeration. */
export function valueKey(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}
