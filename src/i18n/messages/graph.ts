// Messages of `yunwang graph` and `yunwang impact`.

export const graph = {
  'error.suggestion': {zh: '；是否想输入 "{suggestion}"？', en: '; did you mean "{suggestion}"?'},
  'graph.badFlag.depth': {zh: '--depth 需要与 --focus 一起使用', en: '--depth needs --focus'},
  'graph.badFlag.depthValue': {zh: '--depth 应为非负整数', en: '--depth takes a whole number ≥ 0'},
  'graph.state.on-cloud': {zh: '已上云', en: 'on cloud'},
  'graph.state.off-cloud': {zh: '未上云', en: 'off cloud'},
  'graph.state.exempt': {zh: '豁免', en: 'exempt'},
  'graph.state.out-of-scope': {zh: '不计入（已下线/拟建）', en: 'out of scope (retired/planned)'},
  'graph.state.classified': {zh: '涉密', en: 'classified'},
  'graph.cycles': {zh: '依赖环（须整体迁移的迁移组）', en: 'dependency cycles (move groups that must move together)'},
  'graph.cycle.classified': {zh: '另含 {count} 个涉密系统', en: 'plus {count} classified system(s)'},
  'graph.classifiedHidden': {
    zh: '未显示 {systems} 个涉密系统及其 {edges} 条依赖（加 --include-classified 显示）',
    en: '{systems} classified system(s) and {edges} dependency edge(s) not shown (add --include-classified)',
  },
  'graph.mermaidLarge': {
    zh: 'Mermaid 图有 {edges} 条依赖、{chars} 个字符，超出 GitHub/GitLab 默认渲染上限（500 条边、50000 个字符）；可用 --focus 缩小范围',
    en: 'the Mermaid chart has {edges} edges and {chars} characters, over what GitHub/GitLab render by default (500 edges, 50,000 characters); narrow it with --focus',
  },
  'impact.title': {zh: '{id} {name}（{department}，{state}）', en: '{id} {name} ({department}, {state})'},
  'impact.dependents': {zh: '依赖它的系统（{count} 个，迁移前需告知）', en: 'dependents ({count}; tell them before it moves)'},
  'impact.dependencies': {zh: '它依赖的系统（{count} 个）', en: 'dependencies ({count})'},
  'impact.none': {zh: '（无）', en: '(none)'},
  'impact.departments': {zh: '涉及部门（{count} 个）：{list}', en: 'departments involved ({count}): {list}'},
  'impact.classifiedHidden': {
    zh: '另有涉密系统：依赖它的 {dependents} 个，它依赖的 {dependencies} 个（加 --include-classified 显示）',
    en: 'classified systems not named: {dependents} dependent(s), {dependencies} dependency(ies) (add --include-classified)',
  },
  'impact.col.distance': {zh: '距离', en: 'distance'},
  'impact.col.id': {zh: '标识', en: 'id'},
  'impact.col.name': {zh: '名称', en: 'name'},
  'impact.col.department': {zh: '部门', en: 'department'},
  'impact.col.state': {zh: '上云状态', en: 'cloud'},
}
