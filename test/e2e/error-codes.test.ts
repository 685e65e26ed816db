// Failures of the disk, git, policy packs and --map files each have a code of their own, their facts as
// data, and a message in zh and in en (never a system's English text as the whole message).
import {execFileSync} from 'node:child_process'
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ROOT, runCli, runJson} from '../helpers/run-cli.js'

type ErrorJson = {error: {code: string; message: string; exitCode: number; errors?: Array<{code: string; line: number; column: number; file: string}>} & Record<string, unknown>}

const dirs: string[] = []
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'yw-codes-'))
  dirs.push(d)
  return d
}
afterAll(() => {
  for (const d of dirs) rmSync(d, {recursive: true, force: true})
})

const CSV = '系统名称,责任单位,行政级别,行政区划代码,等保级别,部署节点,是否涉密,运行状态\n甲系统,省某厅,省级,320000,二级,pc-main,否,在用\n'

/** The same failure in both languages: exit 2, the code, and two different messages, the zh one in Chinese. */
function bothLanguages(argv: string[], cwd: string): {en: ErrorJson; zh: ErrorJson} {
  const en = runJson<ErrorJson>([...argv, '--lang', 'en'], {cwd})
  const zh = runJson<ErrorJson>([...argv, '--lang', 'zh'], {cwd})
  for (const r of [en, zh]) {
    expect(r.code, r.stdout).toBe(2)
    expect(r.json.error.exitCode).toBe(2)
  }
  expect(zh.json.error.code).toBe(en.json.error.code)
  expect(zh.json.error.message).not.toBe(en.json.error.message)
  expect(zh.json.error.message).toMatch(/[\u4e00-\u9fff]/)
  const human = runCli(argv, {cwd})
  expect(human.code).toBe(2)
  expect(human.stderr).not.toMatch(/\n\s+at /)
  return {en: en.json, zh: zh.json}
}

describe('error codes', () => {
  it('WRITE_FAILED: a file standing where a folder must go, with the path and the errno as data', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'survey.csv'), CSV)
    writeFileSync(join(dir, 'blocker'), 'x\n')
    const {en} = bothLanguages(['import', 'survey.csv', '--kind', 'systems', '--out', join('blocker', 'out')], dir)
    expect(en.error.code).toBe('WRITE_FAILED')
    expect(en.error.path).toBe(join('blocker', 'out', 'systems.yaml'))
    expect(en.error.errno).toMatch(/^E[A-Z]+$/)
    expect(en.error.message).toContain(en.error.errno)
  })

  it('GIT_FAILED: an unknown revision, and a folder outside any repository', () => {
    const repo = tmp()
    cpSync(join(ROOT, 'examples', 'jiangsu'), join(repo, 'inventory'), {recursive: true})
    const git = (...a: string[]) => execFileSync('git', a, {cwd: repo, stdio: 'ignore', env: {...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t'}})
    git('init', '-q')
    git('add', '.')
    git('commit', '-qm', 'x')
    const unknown = bothLanguages(['diff', '--git', 'no-such-rev', 'inventory'], repo)
    expect(unknown.en.error.code).toBe('GIT_FAILED')
    expect(unknown.en.error.reason).toBe('no-revision')
    expect(unknown.en.error.rev).toBe('no-such-rev')
    const outside = tmp()
    cpSync(join(ROOT, 'examples', 'jiangsu'), join(outside, 'inventory'), {recursive: true})
    const none = bothLanguages(['diff', '--git', 'HEAD', 'inventory'], outside)
    expect(none.en.error.code).toBe('GIT_FAILED')
    expect(none.en.error.reason).toBe('no-repository')
  })

  it('a --map field that does not exist, and a --map file that is not a mapping, are placed in the map file', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'survey.csv'), CSV)
    writeFileSync(join(dir, 'map.yaml'), '系统名称: name\n部署节点: hosting.nod\n')
    const bad = bothLanguages(['import', 'survey.csv', '--kind', 'systems', '--map', 'map.yaml', '--out', 'out'], dir)
    expect(bad.en.error.code).toBe('INVALID_INPUT')
    expect(bad.en.error.errors).toMatchObject([{code: 'BAD_MAP_ENTRY', file: 'map.yaml', line: 2, column: 7}])
    writeFileSync(join(dir, 'list.yaml'), '- 系统名称\n- name\n')
    const list = bothLanguages(['import', 'survey.csv', '--kind', 'systems', '--map', 'list.yaml', '--out', 'out'], dir)
    expect(list.en.error.errors).toMatchObject([{code: 'BAD_MAP_FILE', file: 'list.yaml', line: 1, column: 1}])
  })

  it('UNSUPPORTED_FORMAT: a survey that is not .xlsx or .csv, with the extension as data', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'old.xls'), 'x')
    const {en} = bothLanguages(['import', 'old.xls', '--kind', 'systems', '--out', 'out'], dir)
    expect(en.error.code).toBe('UNSUPPORTED_FORMAT')
    expect(en.error.file).toBe('old.xls')
    expect(en.error.ext).toBe('.xls')
  })

  it('SHEET_NOT_FOUND: --sheet naming no sheet of the workbook lists the sheets', () => {
    const dir = tmp()
    cpSync(join(ROOT, 'examples', 'survey', '摸底清查表-示例.xlsx'), join(dir, 'survey.xlsx'))
    const {en} = bothLanguages(['import', 'survey.xlsx', '--kind', 'systems', '--sheet', 'Nope', '--out', 'out'], dir)
    expect(en.error.code).toBe('SHEET_NOT_FOUND')
    expect(en.error.sheet).toBe('Nope')
    expect(en.error.sheets).toEqual(expect.arrayContaining(['系统清单']))
  })

  it('EXTENDS_TOO_DEEP: a chain of policy packs past the limit is placed at the extends that passes it', () => {
    const dir = tmp()
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `p${i}.yaml`), `apiVersion: yunwang/v1\nkind: PolicyPack\nid: p${i}\nextends: ${i === 11 ? 'jiangsu' : `p${i + 1}.yaml`}\n`)
    const {en} = bothLanguages(['check', join(ROOT, 'examples', 'jiangsu'), '--policy', 'p0.yaml'], dir)
    expect(en.error.code).toBe('INVALID_INPUT')
    expect(en.error.errors).toMatchObject([{code: 'EXTENDS_TOO_DEEP', line: 4, column: 10}])
  })
})
