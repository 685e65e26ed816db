// Classified (涉密) systems in the survey round trip: `export` counts them and writes neither their ids
// nor their names into any part of any workbook, nor its output, unless --include-classified; `import
// --merge` counts a classified record it changed and names it only with --include-classified.
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadInventory} from '../../src/io/load-inventory.js'
import {ROOT} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'
import {cellTexts, readParts, setCells, writeParts} from '../helpers/edit-xlsx.js'

const AS_OF = '2026-12-01'
let scratch = ''
let inv = ''
let secrets: string[] = []
let classifiedCount = 0

/** Every part of a workbook as text. */
const workbookText = (file: string) => [...readParts(readFileSync(file)).values()].map(b => b.toString('utf8')).join('\n')

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'yunwang-discreet-export-'))
  inv = join(scratch, 'jiangsu')
  cpSync(join(ROOT, 'examples/jiangsu'), inv, {recursive: true})
  const loaded = loadInventory([inv], {cwd: ROOT})
  if (!loaded.ok) throw new Error('examples/jiangsu does not load')
  const classified = loaded.inventory.systems.filter(s => s.classified)
  classifiedCount = classified.length
  secrets = classified.flatMap(s => [s.id, s.name])
})

afterAll(() => {
  if (scratch) rmSync(scratch, {recursive: true, force: true})
})

describe('export and import --merge keep classified systems discreet', () => {
  it('knows the secrets it guards', () => {
    expect(secrets).toEqual(expect.arrayContaining(['sm-gongwen', '涉密公文处理系统']))
  })

  it.each(['systems', 'nodes', 'networks'])('export --kind %s --by-department names no classified system in any workbook', async kind => {
    const dir = join(scratch, `by-${kind}`)
    const r = await runJsonInProcess<{counts: {classified: number}}>(['export', inv, '--kind', kind, '--by-department', '--out', dir, '--as-of', AS_OF])
    expect(r.code, r.stderr).toBe(0)
    if (kind === 'systems') expect(r.json.counts.classified).toBe(classifiedCount)
    const files = readdirSync(dir)
    expect(files.length).toBeGreaterThan(0)
    const text = r.stdout + r.stderr + files.map(f => workbookText(join(dir, f))).join('\n')
    for (const s of secrets) expect(text.includes(s), `${s} appears`).toBe(false)
  })

  it('a workbook of every department counts them; --include-classified exports them', async () => {
    const hidden = join(scratch, 'all.xlsx')
    const human = await runInProcess(['export', inv, '--kind', 'systems', '--out', hidden, '--as-of', AS_OF])
    expect(human.code, human.stderr).toBe(0)
    const text = human.stdout + workbookText(hidden)
    for (const s of secrets) expect(text.includes(s), `${s} appears`).toBe(false)
    expect(text).toContain(String(classifiedCount))
    const shown = join(scratch, 'all-shown.xlsx')
    expect((await runInProcess(['export', inv, '--kind', 'systems', '--out', shown, '--as-of', AS_OF, '--include-classified'])).code).toBe(0)
    const all = workbookText(shown)
    for (const s of secrets) expect(all.includes(s), `${s} missing`).toBe(true)
  })

  it('import --merge counts a changed classified record and names it only with --include-classified', async () => {
    const survey = join(scratch, 'office.xlsx')
    expect((await runInProcess(['export', inv, '--kind', 'systems', '--department', '省人民政府办公厅', '--out', survey, '--as-of', AS_OF, '--include-classified'])).code).toBe(0)
    const parts = readParts(readFileSync(survey))
    const cells = cellTexts(parts)
    const idCell = [...cells].find(([ref, text]) => ref.startsWith('A') && text === 'sm-gongwen')![0]
    const mlps = [...cells].find(([ref, text]) => /^[A-Z]+1$/.test(ref) && text === '等保级别')![0].replace(/\d+$/, '')
    setCells(parts, {[`${mlps}${idCell.slice(1)}`]: 2})
    writeFileSync(survey, writeParts(parts))
    const args = ['import', survey, '--kind', 'systems', '--merge', inv, '--dry-run', '--as-of', AS_OF]
    const json = await runJsonInProcess<{merge: {updated: unknown[]; classified: {updated: number}}}>(args)
    expect(json.code, json.stderr).toBe(0)
    expect(json.json.merge.updated).toEqual([])
    expect(json.json.merge.classified.updated).toBe(1)
    const human = await runInProcess(args)
    for (const r of [json, human]) for (const s of secrets) expect((r.stdout + r.stderr).includes(s), `${s} appears`).toBe(false)
    const shown = await runJsonInProcess<{merge: {updated: Array<{id: string}>}}>([...args, '--include-classified'])
    expect(shown.json.merge.updated.map(u => u.id)).toEqual(['sm-gongwen'])
  })
})
