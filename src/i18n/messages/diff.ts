// Messages of `yunwang diff`.
import type {Catalog} from '../catalog.js'

export const diffMessages: Catalog = {
  'diff.title': {zh: '清单变化：{before} → {after}', en: 'Inventory changes: {before} → {after}'},
  'diff.rate': {zh: '非涉密系统上云率：{before} → {after}（{delta} 个百分点；上云 {onBefore}/{totalBefore} → {onAfter}/{totalAfter}）', en: 'Cloud-adoption rate: {before} → {after} ({delta} pp; on the cloud {onBefore}/{totalBefore} → {onAfter}/{totalAfter})'},
  'diff.added': {zh: '新增系统（{count}）', en: 'Systems added ({count})'},
  'diff.removed': {zh: '移除系统（{count}）', en: 'Systems removed ({count})'},
  'diff.moved': {zh: '迁移（部署节点变化，{count}）', en: 'Systems moved to another node ({count})'},
  'diff.changed': {zh: '其他字段变化（{count}）', en: 'Other changes ({count})'},
  'diff.none': {zh: '无', en: 'none'},
  'diff.classified': {zh: '涉密系统（未列名；加 --include-classified 列出）：新增 {added}、移除 {removed}、迁移 {moved}、变化 {changed}', en: 'Classified systems (not named; --include-classified lists them): {added} added, {removed} removed, {moved} moved, {changed} changed'},
  'diff.findings': {zh: '合规问题：新增 {new}，已解决 {resolved}', en: 'Compliance findings: {new} new, {resolved} resolved'},
  'diff.col.id': {zh: '标识', en: 'id'},
  'diff.col.name': {zh: '名称', en: 'name'},
  'diff.col.department': {zh: '责任单位', en: 'department'},
  'diff.col.node': {zh: '部署节点', en: 'node'},
  'diff.col.from': {zh: '原节点', en: 'from'},
  'diff.col.to': {zh: '新节点', en: 'to'},
  'diff.col.cloud': {zh: '一朵云', en: 'one cloud'},
  'diff.col.fields': {zh: '变化字段', en: 'fields changed'},
  'diff.onCloud': {zh: '云上', en: 'on'},
  'diff.offCloud': {zh: '云下', en: 'off'},
  'diff.usage': {zh: '需要两个清单路径 OLD NEW，或 --git REV [PATHS]', en: 'give two inventory paths OLD NEW, or --git REV [PATHS]'},
}
