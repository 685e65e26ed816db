// Messages of `yunwang adoption`.

export const adoption = {
  'adoption.summary': {
    zh: '非涉密系统上云率 {rate}（{onCloud}/{total}）；剔除有效豁免（{exempt} 个）后 {adjustedRate}',
    en: 'cloud-adoption rate {rate} ({onCloud}/{total}); {adjustedRate} with {exempt} validly exempt system(s) set aside',
  },
  'adoption.excluded': {zh: '不计入：涉密 {classified} 个，已下线 {retired} 个，拟建 {planned} 个', en: 'not counted: {classified} classified, {retired} retired, {planned} planned'},
  'adoption.target.met': {zh: '目标：{by} 前达到 {rate} —— 已达成', en: 'target: {rate} by {by} — met'},
  'adoption.target.pace': {
    zh: '目标：{by} 前达到 {rate} —— 还差 {short} 个系统，需每月迁移 {perMonth} 个（剩余 {months} 个月，评估日 {asOf}）',
    en: 'target: {rate} by {by} — {short} system(s) short: {perMonth} a month to reach it by {by} ({months} month(s) left as of {asOf})',
  },
  'adoption.target.passed': {
    zh: '目标：{by} 前达到 {rate} —— 目标日期已过，仍差 {short} 个系统（评估日 {asOf}）',
    en: 'target: {rate} by {by} — target date passed, {short} system(s) short (as of {asOf})',
  },
  'adoption.target.none': {zh: '政策包未设上云率目标', en: 'the policy pack sets no adoption target'},
  'adoption.oneCloudBuilt': {
    zh: '“一朵云”全面建成目标 {by}：设区市云节点已纳管 {managed}/{total}',
    en: 'one cloud fully built by {by}: {managed} of {total} city cloud nodes under unified management',
  },
  'adoption.warning.empty': {zh: '范围内没有非涉密在用系统：上云率按 100% 计', en: 'no non-classified system in service in scope: the rate is taken as 100%'},
  'adoption.col.department': {zh: '部门', en: 'department'},
  'adoption.col.region': {zh: '地区', en: 'region'},
  'adoption.col.code': {zh: '代码', en: 'code'},
  'adoption.col.city': {zh: '设区市', en: 'city'},
  'adoption.col.rank': {zh: '排名', en: 'rank'},
  'adoption.col.level': {zh: '层级', en: 'level'},
  'adoption.col.node-type': {zh: '节点类型', en: 'node type'},
  'adoption.col.onCloud': {zh: '已上云', en: 'on cloud'},
  'adoption.col.total': {zh: '总数', en: 'total'},
  'adoption.col.rate': {zh: '上云率', en: 'rate'},
  'adoption.col.exempt': {zh: '豁免', en: 'exempt'},
  'adoption.col.gap': {zh: '未上云', en: 'off cloud'},
  'adoption.level.province': {zh: '省级', en: 'province'},
  'adoption.level.city': {zh: '市级', en: 'city'},
  'adoption.level.county': {zh: '县级', en: 'county'},
  'adoption.nodeType.provincial-cloud': {zh: '省政务云节点', en: 'provincial cloud'},
  'adoption.nodeType.city-cloud': {zh: '设区市云节点', en: 'city cloud'},
  'adoption.nodeType.department-cloud': {zh: '部门云', en: 'department cloud'},
  'adoption.nodeType.self-built': {zh: '自建机房', en: 'self-built'},
  'adoption.nodeType.external': {zh: '外租云', en: 'external cloud'},
}
