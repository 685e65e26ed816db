// `yunwang export [PATHS] --kind K --department NAME --out FILE.xlsx` (or `--by-department --out DIR`):
// survey workbooks pre-filled with a department's records, for it to correct and return; `import
// --merge` reads them back.
import {extname, join} from 'node:path'
import * as Flags from '@oclif/core/flags'
import {BaseCommand, inventoryPathsArg} from '../base-command.js'
import {departmentFlag, forceFlag, includeClassifiedFlag, surveyKindFlag} from '../flags.js'
import {YunwangError} from '../core/errors.js'
import type {ImportKind} from '../core/import/import-fields.js'
import {departmentRecords, departmentsOf} from '../core/export/department-records.js'
import {surveyColumns} from '../core/export/survey-columns.js'
import type {Inventory} from '../core/inventory/model.js'
import {type Finding, knownDepartments, runCheck} from '../core/rules/run-check.js'
import {listExemptions} from '../core/rules/list-exemptions.js'
import {nearest} from '../core/text/nearest.js'
import {safeFileName} from '../core/text/safe-file-name.js'
import {type Lang, t} from '../i18n/index.js'
import {loadRegionNames} from '../io/load-regions.js'
import {type OutputFile, writeOutputs} from '../io/write-output.js'
import {SURVEY_SHEETS, writeSurveyWorkbook} from '../render/xlsx/write-survey-workbook.js'
import {terminalText} from '../render/escape/terminal-text.js'

export interface ExportFile {
  /** Null for a workbook of every department. */
  department: string | null
  out: string
  records: number
  /** Classified records of the department left out (0 with --include-classified). */
  classified: number
}

export interface ExportResult {
  kind: ImportKind
  lang: Lang
  asOf: string
  files: ExportFile[]
  counts: {files: number; records: number; classified: number}
}

export default class Export extends BaseCommand<typeof Export> {
  static override summary = 'Survey workbooks pre-filled with a department\'s records, to correct and return. 导出部门预填的摸底清查表。'
  static override description = 'The layout import reads: a header row (Chinese; English field names with --lang en), a help row, one record a row, drop-down lists for every enumeration and for node and network ids, the ids locked. A second sheet lists the department\'s current findings and exemptions. Classified records are counted, not exported, unless --include-classified. The same inventory gives the same bytes. Never overwrites without --force.'
  static override strict = false
  static override args = {paths: inventoryPathsArg}
  static override flags = {
    kind: surveyKindFlag,
    department: departmentFlag,
    'by-department': Flags.boolean({default: false, summary: 'One workbook per department into the folder --out. 每个部门一个工作簿。'}),
    out: Flags.string({summary: 'The .xlsx file to write (a folder with --by-department). 输出文件。', required: true}),
    force: forceFlag,
    'include-classified': includeClassifiedFlag,
  }
  static override examples = [
    '<%= config.bin %> export examples/jiangsu --kind systems --department 省人力资源社会保障厅 --out 人社厅.xlsx',
    '<%= config.bin %> export examples/jiangsu --kind systems --by-department --out surveys/2026-12',
    '<%= config.bin %> export examples/jiangsu --kind networks --department 省公安厅 --out 公安厅-网络.xlsx',
  ]

  public async run(): Promise<ExportResult> {
    const {kind, out, force, department} = this.flags
    const byDepartment = this.flags['by-department']
    const includeClassified = this.flags['include-classified']
    const isXlsx = extname(out).toLowerCase() === '.xlsx'
    if (byDepartment && department !== undefined) throw new YunwangError('BAD_FLAG', {reason: t(this.lang, 'export.departmentOrAll')})
    if (byDepartment && isXlsx) throw new YunwangError('BAD_FLAG', {flag: 'out', value: out, reason: t(this.lang, 'export.outDir')})
    if (!byDepartment && !isXlsx) throw new YunwangError('BAD_FLAG', {flag: 'out', value: out, reason: t(this.lang, 'export.outFile')})
    const inv = this.loadInventoryOrThrow(this.argvParsed)
    // The workbook is Chinese, as departments fill it, unless English is asked for on the command line.
    const sheetLang: Lang = this.flags.lang === 'en' ? 'en' : 'zh'
    const known = [...new Set([...knownDepartments(inv, includeClassified), ...departmentsOf(inv, kind, includeClassified)])].sort()
    if (department !== undefined && !known.includes(department)) {
      const near = nearest(department, known)
      throw new YunwangError('BAD_FLAG', {reason: t(this.lang, 'check.unknownDepartment', {name: department, suggestion: near ? t(this.lang, 'check.didYouMean', {value: near}) : ''})})
    }
    const targets: Array<{department?: string; path: string}> = byDepartment
      ? departmentsOf(inv, kind, includeClassified).map(d => ({department: d, path: join(out, `${safeFileName(d)}-${SURVEY_SHEETS[sheetLang][kind]}.xlsx`)}))
      : [{department, path: out}]
    const files: OutputFile[] = []
    const result: ExportResult = {kind, lang: sheetLang, asOf: this.asOf, files: [], counts: {files: 0, records: 0, classified: 0}}
    for (const target of targets) {
      const {content, file} = await this.workbook(inv, kind, sheetLang, target.department, target.path)
      files.push({path: target.path, content})
      result.files.push(file)
      result.counts.records += file.records
      result.counts.classified += file.classified
    }
    writeOutputs(files, {cwd: process.cwd(), force})
    result.counts.files = files.length
    if (!this.jsonEnabled()) {
      for (const f of result.files) this.log(t(this.lang, 'export.done', {records: f.records, kind: t(this.lang, `import.kind.${kind}`), out: terminalText(f.out)}))
      if (result.counts.classified > 0) this.log(t(this.lang, 'export.classified', {count: result.counts.classified}))
    }
    return result
  }

  private allFindings: Finding[] | undefined

  private async workbook(inv: Inventory, kind: ImportKind, lang: Lang, department: string | undefined, path: string): Promise<{content: Buffer; file: ExportFile}> {
    const includeClassified = this.flags['include-classified']
    const policy = this.policy()
    const {records, classified} = departmentRecords(inv, kind, {department, includeClassified})
    // The check runs once for every workbook of a --by-department export; each takes its department's findings.
    this.allFindings ??= runCheck(inv, policy, {asOf: this.asOf, lang, regions: loadRegionNames(), includeClassified}).findings
    const findings = department === undefined ? this.allFindings : this.allFindings.filter(f => f.department === department)
    const register = listExemptions(inv, {asOf: this.asOf, noticeDays: policy.exemptionNoticeDays, department, includeClassified})
    const content = await writeSurveyWorkbook({
      kind, lang, department, asOf: this.asOf, policy: policy.id,
      columns: surveyColumns(kind, lang), records, classified,
      nodeIds: inv.nodes.filter(n => includeClassified || !n.classified).map(n => n.id),
      networkIds: inv.networks.filter(n => includeClassified || n.type !== 'classified').map(n => n.id),
      findings, exemptions: register.exemptions, exemptionsClassified: register.classified,
    })
    return {content, file: {department: department ?? null, out: path, records: records.length, classified}}
  }
}
