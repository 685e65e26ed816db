// --json output is exactly one JSON document on stdout whatever happens: success, input error, usage
// error (bad flag value, unknown flag, missing argument), unknown id. Nothing else goes to stdout;
// warnings and progress go to stderr. In human mode an error leaves stdout empty. Every command of
// oclif.manifest.json is driven; the cases below say how to give each one each kind of trouble.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runAll, runCliAsync} from '../helpers/run-cli-async.js'
import {type CliResult, ROOT} from '../helpers/run-cli.js'

const manifest = JSON.parse(readFileSync(join(ROOT, 'oclif.manifest.json'), 'utf8')) as {commands: Record<string, {args: Record<string, unknown>; flags: Record<string, {options?: string[]}>}>}
const EX = 'examples/jiangsu'
const BAD = 'test/fixtures/bad/unknown-field.yaml'
const AS_OF = ['--as-of', '2026-06-30']

let dir = ''
interface Case {name: string; argv: () => string[]; exit: number[]}
/** The arguments that make a command succeed, and those that give it bad input, per command. */
const OK: Record<string, () => string[]> = {
  impact: () => ['impact', 'plat-auth', EX],
  diff: () => ['diff', EX, EX],
  import: () => ['import', join(dir, 'survey.csv'), '--kind', 'systems', '--inventory', EX, '--out', join(dir, `import-${Math.random().toString(36).slice(2)}`)],
  init: () => ['init', join(dir, `init-${Math.random().toString(36).slice(2)}`)],
  report: () => ['report', EX, '--format', 'markdown', '--out', join(dir, `report-${Math.random().toString(36).slice(2)}.md`)],
  export: () => ['export', EX, '--kind', 'systems', '--department', '省人力资源社会保障厅', '--out', join(dir, `export-${Math.random().toString(36).slice(2)}.xlsx`)],
}
const INPUT_ERROR: Record<string, () => string[]> = {
  impact: () => ['impact', 'plat-auth', BAD],
  diff: () => ['diff', EX, BAD],
  import: () => ['import', join(dir, 'not-a-sheet.xlsx'), '--kind', 'systems', '--out', join(dir, 'never')],
  init: () => ['init', join(dir, 'blocker', 'inside')],
  report: () => ['report', BAD, '--format', 'markdown', '--out', join(dir, 'never.md')],
  export: () => ['export', BAD, '--kind', 'systems', '--out', join(dir, 'never.xlsx')],
  // trend reads committed history, where a broken file is a period with its code: its bad input is a bad month.
  trend: () => ['trend', EX, '--since', '2026-13'],
}
const UNKNOWN_ID: Record<string, () => string[]> = {
  impact: () => ['impact', 'no-such-system', EX],
  graph: () => ['graph', EX, '--focus', 'no-such-system'],
  plan: () => ['plan', EX, '--explain', 'no-such-system'],
}
const MISSING_ARG: Record<string, () => string[]> = {
  impact: () => ['impact'],
  diff: () => ['diff', EX],
  import: () => ['import', join(dir, 'survey.csv')],
}

const commands = Object.keys(manifest.commands).filter(id => !id.includes(':')).sort()
const cases: Case[] = commands.flatMap(id => {
  const ok = OK[id] ?? (() => [id, EX])
  const list: Case[] = [
    {name: `${id}: success`, argv: () => [...ok(), ...AS_OF], exit: [0, 1]},
    {name: `${id}: bad input`, argv: INPUT_ERROR[id] ?? (() => [id, BAD]), exit: [2]},
    {name: `${id}: impossible --as-of`, argv: () => [...ok(), '--as-of', '2026-02-30'], exit: [2]},
    {name: `${id}: unknown flag`, argv: () => [...ok(), '--no-such-flag'], exit: [2]},
  ]
  if (manifest.commands[id].flags.format) list.push({name: `${id}: format not offered`, argv: () => [...ok(), '--format', 'pdf'], exit: [2]})
  if (UNKNOWN_ID[id]) list.push({name: `${id}: unknown id`, argv: UNKNOWN_ID[id], exit: [2]})
  if (MISSING_ARG[id]) list.push({name: `${id}: missing argument`, argv: MISSING_ARG[id], exit: [2]})
  return list
})

const json = new Map<string, CliResult>()
const human = new Map<string, CliResult>()
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yw-streams-'))
  writeFileSync(join(dir, 'survey.csv'), '系统名称,责任单位,行政级别,行政区划代码,等保级别,部署节点,是否涉密,运行状态\n业务系统甲,省政务办,省级,320000,三级,pc-main,否,在用\n')
  writeFileSync(join(dir, 'not-a-sheet.xlsx'), 'this is not a workbook\n')
  writeFileSync(join(dir, 'blocker'), 'x\n')
  await runAll(cases.flatMap(c => [
    async () => void json.set(c.name, await runCliAsync([...c.argv(), '--json'])),
    async () => void human.set(c.name, await runCliAsync(c.argv())),
  ]))
}, 600_000)
afterAll(() => {
  if (dir) rmSync(dir, {recursive: true, force: true})
})

describe('clean streams', () => {
  it('drives every command through success and every kind of error', () => {
    expect(commands).toEqual(expect.arrayContaining(['adoption', 'check', 'diff', 'graph', 'impact', 'import', 'init', 'ipv6', 'plan', 'validate']))
    expect(cases.length).toBeGreaterThanOrEqual(45)
  })

  it.each(cases.map(c => [c.name, c] as const))('%s', (_name, c) => {
    const j = json.get(c.name)!
    expect(c.exit, `--json exit ${j.code}: ${j.stderr.slice(0, 300)}`).toContain(j.code)
    let doc: unknown
    expect(() => (doc = JSON.parse(j.stdout)), `stdout is not one JSON document:\n${j.stdout.slice(0, 300)}`).not.toThrow()
    expect(typeof doc === 'object' && doc !== null && !Array.isArray(doc)).toBe(true)
    if (c.exit.includes(2)) {
      // validate's own contract reports input problems as {ok: false, errors}; every other error is {error: {code}}.
      const d = doc as {error?: {code?: string}; ok?: boolean; errors?: Array<{code: string}>}
      expect(d.error?.code ?? (d.ok === false ? d.errors?.[0]?.code : undefined)).toMatch(/^[A-Z_]+$/)
    }
    const h = human.get(c.name)!
    expect(c.exit).toContain(h.code)
    for (const r of [j, h]) expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/)
    // validate's result is its list of problems, printed on stdout like a linter's; elsewhere an error is not a result.
    if (c.exit.includes(2) && c.name !== 'validate: bad input') {
      expect(h.stdout).toBe('')
      expect(h.stderr.trim().length).toBeGreaterThan(0)
    }
  })
})
