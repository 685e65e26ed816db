// Every header `export` writes is one `import` maps back to the same field, and every value written
// reads back as the value it came from: a survey sent and returned unchanged is the same inventory.
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {HELP_ROW_MARKER, IMPORT_FIELDS, IMPORT_KINDS, headerKey} from '../../../src/core/import/import-fields.js'
import {importSheet} from '../../../src/core/import/import-sheet.js'
import {cellFor, surveyColumns, valueAt} from '../../../src/core/export/survey-columns.js'
import {departmentRecords} from '../../../src/core/export/department-records.js'
import {planMerge, recordKey} from '../../../src/core/import/plan-merge.js'
import {loadInventory} from '../../../src/io/load-inventory.js'
import {ROOT} from '../../helpers/run-cli.js'

const loaded = loadInventory([join(ROOT, 'examples/jiangsu')], {cwd: ROOT})
if (!loaded.ok) throw new Error('examples/jiangsu does not load')
const inv = loaded.inventory

describe('survey columns', () => {
  it.each(IMPORT_KINDS.flatMap(k => (['zh', 'en'] as const).map(l => [k, l] as const)))('%s (%s): each header names its field for import', (kind, lang) => {
    for (const c of surveyColumns(kind, lang)) {
      const spec = IMPORT_FIELDS[kind].find(s => s.path === c.spec.path)!
      const known = [spec.path, ...spec.headers].map(headerKey)
      expect(known, `${c.header} → ${spec.path}`).toContain(headerKey(c.header))
      // No other field of the kind claims the same header first.
      const first = IMPORT_FIELDS[kind].find(s => [s.path, ...s.headers].map(headerKey).includes(headerKey(c.header)))
      expect(first?.path).toBe(spec.path)
    }
  })

  it.each(IMPORT_KINDS.flatMap(k => (['zh', 'en'] as const).map(l => [k, l] as const)))('%s (%s): every record of the example reads back unchanged', (kind, lang) => {
    const columns = surveyColumns(kind, lang)
    const {records} = departmentRecords(inv, kind, {includeClassified: true})
    expect(records.length).toBeGreaterThan(0)
    const rows = [
      {row: 1, cells: columns.map(c => c.header)},
      {row: 2, cells: [`${HELP_ROW_MARKER[lang]} …`, ...columns.slice(1).map(() => '…')]},
      ...records.map((r, i) => ({row: 3 + i, cells: columns.map(c => cellFor(c, valueAt(r, c.spec.path), lang))})),
    ]
    const imported = importSheet({sheet: 'S', rows}, kind)
    expect(imported.problems).toEqual([])
    expect(imported.records.length).toBe(records.length)
    const existing = new Map(records.map((r, index) => [recordKey(kind, r), {key: recordKey(kind, r), file: 'f', index, record: r, classified: false}]))
    const plan = planMerge({kind, sheet: imported.records, fields: new Set(columns.map(c => c.spec.path)), existing, expected: [...existing.keys()]})
    expect(plan).toEqual({updates: [], additions: [], missing: []})
  })

  it('writes the disaster-recovery node of a system that names one (the model keeps it beside `disasterRecovery: true`)', () => {
    const column = surveyColumns('systems', 'zh').find(c => c.spec.path === 'disasterRecovery.node')!
    const {records} = departmentRecords(inv, 'systems', {includeClassified: true})
    const named = records.filter(r => typeof r.disasterRecoveryNode === 'string')
    expect(named.length).toBeGreaterThan(0)
    for (const r of named) expect(cellFor(column, valueAt(r, column.spec.path), 'zh')).toBe(r.disasterRecoveryNode)
  })
})
