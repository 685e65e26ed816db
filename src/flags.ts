// The flags several commands take, declared once so that each reads the same in every command's help.
import * as Flags from '@oclif/core/flags'
import {IMPORT_KINDS} from './core/import/import-fields.js'

/** --lang, --as-of and --policy: every command's (BaseCommand.baseFlags). */
export const globalFlags = {
  lang: Flags.option({options: ['zh', 'en'] as const, summary: 'Output language (zh or en); default from LC_ALL/LANG, else the system locale. 输出语言。', helpGroup: 'GLOBAL'})(),
  'as-of': Flags.string({summary: 'Evaluation date YYYY-MM-DD; default today. 评估日期。', helpGroup: 'GLOBAL'}),
  policy: Flags.string({summary: 'Policy pack: a name under seeds/policy or a file; default jiangsu. 政策包。', helpGroup: 'GLOBAL'}),
  cache: Flags.boolean({
    allowNo: true, default: true, helpGroup: 'GLOBAL',
    summary: 'Reuse inventory files parsed and checked before, kept by content in the cache directory; --no-cache parses every file. 复用缓存中已解析、已校验的清单文件（--no-cache 每次重新解析）。',
  }),
}

/** Without it classified systems are counted and never named, in every output. */
export const includeClassifiedFlag = Flags.boolean({default: false, summary: 'Name classified systems; without it they are counted, not named. 列出涉密系统名称（默认只计数）。'})

/** The human output's form; the choices are the command's own (help lists them). */
export function formatFlag<const T extends string>(options: readonly T[], fallback: T) {
  return Flags.option({options, default: fallback, summary: 'Output format. 输出格式。'})()
}

export const forceFlag = Flags.boolean({default: false, summary: 'Overwrite existing files. 覆盖已有文件。'})

/** The PlanConfig of plan and of the report's waves. */
export const planConfigFlag = Flags.string({summary: 'PlanConfig file (kind: PlanConfig); default the one among the inventory paths. 计划参数文件。'})

/** `--all` of the commands that print long lists (see render/row-limit.ts). */
export const allRowsFlag = Flags.boolean({summary: 'List every row; by default each list shows its first 20 rows and how many more. 列出全部行（默认每个列表只列前 20 行）。'})

/** A saved `plan --json`: status and report compare each wave due with what was done. */
export const baselineFlag = Flags.string({summary: 'A saved plan --json: each wave due compared with what was done. 基线计划（保存的 plan --json）。'})

/** A slice: everything is computed on the whole inventory, then reported for the region's systems, nodes and networks. */
export const regionFlag = Flags.string({summary: 'Report for one region: a province, city or county code (320400, 320412) or its name (常州市); computed on the whole inventory. 只报告一个地区（省、设区市或县区的代码或名称），按全量清单计算。'})
/** Where a command's tables go instead of the terminal; a workbook (--format xlsx) only goes to a file. */
export const tableOutFlag = Flags.string({summary: 'Write the output to FILE instead of the terminal (atomically; never over an existing file without --force); --format xlsx needs it. 输出到文件（xlsx 格式必须指定）。'})
/** One department's records: check's findings, export's survey, the sheet import --merge reads back. */
export const departmentFlag = Flags.string({summary: 'Narrow to one department. 只看一个部门。'})

/** What a survey sheet lists: import reads it, export writes it; systems unless said (SPEC's `export --department NAME`). */
export const surveyKindFlag = Flags.option({options: IMPORT_KINDS, default: 'systems' as const, summary: 'What the sheet lists (default systems). 表中记录的类型（默认系统）。'})()
