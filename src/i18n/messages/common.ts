// Messages shared by every command: flags, errors, summaries.
import type {Catalog} from '../catalog.js'

export const common: Catalog = {
  'error.INVALID_INPUT': {zh: '输入有 {count} 个问题', en: '{count} problem(s) in the input'},
  'error.BAD_FLAG': {zh: '参数错误：{reason}', en: 'invalid option: {reason}'},
  'error.DATE_OUT_OF_RANGE': {zh: '日期超出范围：{date} 加 {days} 天晚于 9999-12-31，请选用更早的开始日期', en: 'date out of range: {date} plus {days} days is after 9999-12-31; choose an earlier start'},
  'error.NOT_FOUND_ID': {zh: '清单中没有系统 "{id}"', en: 'no system "{id}" in the inventory'},
  'error.WRITE_EXISTS': {zh: '{path} 已存在；加 --force 覆盖', en: '{path} exists; add --force to overwrite it'},
  'error.BAD_REVISION': {zh: '--git {rev} 不是版本：版本不能以 - 开头，也不能含空白或控制字符', en: '--git {rev} is not a revision: a revision never starts with - and has no whitespace or control characters'},
  'error.GIT_PATH_OUTSIDE_REPO': {zh: '{path} 不在 git 仓库 {repo} 中；--git 只比较同一仓库内的清单路径', en: '{path} is not in the git repository {repo}; --git compares inventory paths of one repository'},
  'error.WRITE_NOT_A_FILE': {zh: '{path} 不是普通文件（{type}），不会写入；请指定一个文件路径', en: '{path} is not a regular file ({type}) and is not written; name a file path'},
  'error.WRITE_SYMLINK': {zh: '{path} 是符号链接，不会经由它写入（即使加 --force）；请指定链接目标或删除链接', en: '{path} is a symbolic link and is not written through, even with --force; name its target, or remove the link'},
  'error.INTERNAL': {zh: '云网内部错误：{reason}（请报告此问题）', en: 'internal error in yunwang: {reason} (please report it)'},
  'flag.lang': {zh: '输出语言（默认取自 LANG/LC_ALL）', en: 'output language (default from LANG/LC_ALL)'},
  'flag.asOf': {zh: '评估日期 YYYY-MM-DD（默认今天）', en: 'evaluation date YYYY-MM-DD (default today)'},
  'flag.policy': {zh: '政策包名称或文件', en: 'policy pack name or file'},
  'progress.read': {zh: '读取清单 {done}/{total} 个文件，{records} 条记录', en: 'reading inventory: {done}/{total} files, {records} records'},
  'progress.check': {zh: '校验结构：{records} 条记录', en: 'checking schemas: {records} records'},
  'progress.references': {zh: '核对引用：{records} 条记录', en: 'checking references: {records} records'},
  'progress.run.graph': {zh: '生成依赖关系图：{records} 个系统', en: 'building the dependency graph: {records} systems'},
  'progress.run.plan': {zh: '编排迁移批次：{records} 个系统', en: 'planning migration waves: {records} systems'},
  'progress.run.ipv6': {zh: '评估 IPv6 就绪度：{records} 个系统', en: 'assessing IPv6 readiness: {records} systems'},
  'progress.run.check': {zh: '执行合规检查：{records} 个系统', en: 'running compliance checks: {records} systems'},
  'common.more': {zh: '……另有 {count} 行未列出：加 --all 列出全部，或用 --format csv 导出', en: '… and {count} more — use --all or --format csv'},
  'common.moreNoCsv': {zh: '……另有 {count} 行未列出：加 --all 列出全部，或用 --json', en: '… and {count} more — use --all or --json'},
  'badFlag.asOf': {zh: '--as-of 应为 YYYY-MM-DD 格式的真实日期，而不是 "{value}"', en: '--as-of takes a real date as YYYY-MM-DD, not "{value}"'},
}
