// Messages of `yunwang import`: every rejected cell, and the summary.
import type {Catalog} from '../catalog.js'

export const importMessages: Catalog = {
  'import.done': {zh: '已从 {source} 导入 {records} 条{kind}记录（表头在第 {headerRow} 行）→ {out}', en: 'imported {records} {kind} from {source} (header row {headerRow}) → {out}'},
  'import.generatedIds': {zh: '{count} 条记录没有标识，已按名称生成稳定标识（如 {example}）', en: '{count} record(s) had no id; stable ids were generated from their names (e.g. {example})'},
  'import.ignored': {zh: '未识别的列（未导入；可用 --map 指定）：{columns}', en: 'columns not recognised (not imported; map them with --map): {columns}'},
  'import.failed': {zh: '{count} 个单元格有问题，未写入任何文件', en: '{count} problem(s); nothing was written'},
  'import.kind.systems': {zh: '系统', en: 'systems'},
  'import.kind.nodes': {zh: '节点', en: 'nodes'},
  'import.kind.networks': {zh: '网络', en: 'networks'},
  'import.kind.measurements': {zh: '上报指标', en: 'measurements'},
  'import.problem.NO_HEADER': {zh: '找不到表头行（前 20 行中没有一行含两个以上可识别的列名）', en: 'no header row found (no row among the first 20 has two or more known column headers)'},
  'import.problem.MISSING_COLUMN': {zh: '缺少必填列 {field}（如「{header}」）', en: 'required column {field} is missing (e.g. "{header}")'},
  'import.problem.DUPLICATE_COLUMN': {zh: '列「{value}」与 {first} 对应同一字段 {field}', en: 'column "{value}" fills the same field {field} as {first}'},
  'import.problem.MISSING_VALUE': {zh: '{field} 必填，此处为空', en: '{field} is required but empty'},
  'import.problem.BAD_VALUE': {zh: '{field} 不认识「{value}」（可填：{allowed}）', en: '{field}: "{value}" is not recognised (allowed: {allowed})'},
  'import.problem.BAD_BOOLEAN': {zh: '{field} 应填 是/否，而不是「{value}」', en: '{field} takes 是/否 (yes/no), not "{value}"'},
  'import.problem.BAD_NUMBER': {zh: '{field} 应为数字，而不是「{value}」', en: '{field} takes a number, not "{value}"'},
  'import.problem.BAD_MLPS': {zh: '{field} 应为等保级别 1–5（如 三级、3级、第三级），而不是「{value}」', en: '{field} takes an MLPS level 1–5 (三级, 3级, 第三级), not "{value}"'},
  'import.problem.BAD_REGION': {zh: '{field} 应为 6 位行政区划代码或地区名称，而不是「{value}」', en: '{field} takes a 6-digit GB/T 2260 code or a region name, not "{value}"'},
  'import.problem.BAD_ID': {zh: '{field}「{value}」不是有效标识（小写字母、数字、. _ -，最长 64 个字符）', en: '{field} "{value}" is not a valid id (lower-case letters, digits, . _ -, at most 64 characters)'},
  'import.problem.BAD_DATE': {zh: '{field} 应为日期（如 2025-12-31），而不是「{value}」', en: '{field} takes a date such as 2025-12-31, not "{value}"'},
  'import.problem.BAD_CIDR': {zh: '{field} 中「{item}」不是有效的地址段（CIDR）', en: '{field}: "{item}" is not a valid CIDR prefix'},
  'import.problem.OUT_OF_RANGE': {zh: '{field}「{value}」超出范围', en: '{field} "{value}" is out of range'},
  'import.problem.UNKNOWN_REFERENCE': {zh: '{field} 中「{item}」既不是已知标识也不是已知名称（按名称引用时，用 --inventory 指定含该记录的清单）', en: '{field}: "{item}" is neither a known id nor a known name (to refer by name, pass the inventory that holds it with --inventory)'},
  'import.problem.DUPLICATE_ID': {zh: '标识 {value} 重复（首次出现在 {first}）', en: 'id {value} is repeated (first at {first})'},
}
