// Messages of `yunwang trend`.

export const trend = {
  'trend.col.end': {zh: '期末', en: 'period end'},
  'trend.col.commit': {zh: '提交', en: 'commit'},
  'trend.col.delta': {zh: '较上期（百分点）', en: 'vs previous (pp)'},
  'trend.col.group': {zh: '部门/地区', en: 'department/region'},
  'trend.carried': {zh: '（沿用）', en: ' (carried)'},
  'trend.error': {zh: '清单无法加载：{code}（{file}:{line}:{column}，共 {problems} 处问题）', en: 'inventory does not load: {code} ({file}:{line}:{column}, {problems} problem(s))'},
  'trend.summary': {
    zh: '{since} 起每{every}：{periods} 期，读取 {commits} 个提交（{rev} 的第一父提交历史，提交日期按北京时间），评估日 {asOf}',
    en: '{periods} period(s) by {every} from {since}, reading {commits} commit(s) (first-parent history of {rev}, committer dates in UTC+8), as of {asOf}',
  },
  'trend.every.month': {zh: '月', en: 'month'},
  'trend.every.quarter': {zh: '季度', en: 'quarter'},
  'trend.none': {zh: '{since} 至 {asOf} 之间没有可读的提交（最早的提交在 {first}）', en: 'no commit to read from {since} to {asOf} (the first commit is of {first})'},
  'trend.indicator.adoptionRate': {zh: '上云率', en: 'adoption'},
  'trend.indicator.managedNodeRate': {zh: '节点纳管率', en: 'nodes managed'},
  'trend.indicator.privateNetworkConsolidation': {zh: '专网整合率', en: 'networks consolidated'},
  'trend.indicator.extranetDualStack': {zh: '外网双栈率', en: 'extranet dual stack'},
  'trend.indicator.ipv6Readiness': {zh: 'IPv6 就绪率', en: 'IPv6 ready'},
  'trend.indicator.oneDepartmentOneSystem': {zh: '一部门一系统', en: 'one system per dept'},
  'trend.col.error': {zh: '错误', en: 'error'},
  'trend.warning.SHALLOW_CLONE': {
    zh: '仓库是浅克隆，历史只到 {first}，{since} 起早于它的各期无法读取；在 CI 中请设 actions/checkout 的 fetch-depth: 0（或运行 git fetch --unshallow）',
    en: 'the repository is a shallow clone whose history starts at {first}: periods from {since} before it cannot be read; in CI set fetch-depth: 0 on actions/checkout (or run git fetch --unshallow)',
  },
  'badFlag.since': {zh: '--since 应为 YYYY-MM 格式的月份（如 2026-01），而不是 "{value}"', en: '--since takes a month as YYYY-MM (e.g. 2026-01), not "{value}"'},
  'badFlag.indicator': {zh: '策略包中没有指标 "{value}"；可选：{allowed}', en: 'the policy pack has no indicator "{value}"; choose one of: {allowed}'},
  'badFlag.indicatorNoGroups': {zh: '指标 {value} 没有按{by}的分组值；可按{by}分列的指标：{allowed}', en: 'indicator {value} has no value per {by}; indicators with one: {allowed}'},
  'badFlag.trendPath': {zh: '清单路径 "{value}" 以 - 开头；若确是文件名，请写作 ./{value}', en: 'the inventory path "{value}" starts with -; if it is a file name, write ./{value}'},
}
