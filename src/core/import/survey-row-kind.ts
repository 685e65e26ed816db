// What a row under the header of a filled-in survey is: data, or one of the rows forms carry around
// their table — a signature block (填表人/审核人/填报日期/联系电话 …) that ends it, a note (注：/填写说明：)
// or a totals row (合计) that is no record. Judged by the row's first cell with a value, which is where
// forms put these labels (merged across the row or not).
import type {CellValue} from './sheet-table.js'
import {cellText} from './read-cell-value.js'

export type SurveyRowKind = 'data' | 'footer' | 'note' | 'total'

/** A label and, optionally, a bracketed remark (单位（盖章）), then a colon or nothing more (the value in the next cell). */
const label = (words: string): RegExp => new RegExp(`^(?:${words})(?:\\([^)]*\\))?(?::|$)`)

const FOOTER = label('填表人|填报人|制表人|制表|审核人|审核|审批人|复核人|核稿人|负责人|单位负责人|部门负责人|分管领导|主要负责人|联系人|联系电话|电话|手机|填报日期|填表日期|制表日期|日期|填报单位|填表单位|单位|单位盖章|盖章')
const NOTE = /^(?:注|备注|说明|填写说明|填表说明|填报说明)(?:\d|[:.、])/
const TOTAL = label('合计|总计|小计')

/** The first cell with text, as compared: full-width forms folded (：→ :), spaces dropped. */
function firstText(cells: CellValue[]): string | undefined {
  for (const i in cells) {
    const text = cellText(cells[i as unknown as number])
    if (text !== '') return text.normalize('NFKC').replace(/\s+/g, '')
  }
  return undefined
}

export function surveyRowKind(cells: CellValue[]): SurveyRowKind {
  const first = firstText(cells)
  if (first === undefined) return 'data'
  if (FOOTER.test(first)) return 'footer'
  if (NOTE.test(first)) return 'note'
  if (TOTAL.test(first)) return 'total'
  return 'data'
}
