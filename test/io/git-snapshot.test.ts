import {execFileSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, relative} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {YunwangError} from '../../src/core/errors.js'
import {gitSnapshot} from '../../src/io/git-snapshot.js'
import {loadSources} from '../../src/io/load-inventory.js'
import {ROOT} from '../helpers/run-cli.js'

const dirs: string[] = []
const savedTmp = process.env.TMPDIR
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = savedTmp
  for (const d of dirs.splice(0)) rmSync(d, {recursive: true, force: true})
})

/** A repository with the fixture inventory under inv/ committed, and an empty sub/ to run from. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yw-git-snap-'))
  dirs.push(dir)
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, stdio: 'pipe'})
  git('init', '-q')
  git('config', 'user.email', 'ci@example.invalid')
  git('config', 'user.name', 'ci')
  cpSync(join(ROOT, 'test/fixtures/diff/old'), join(dir, 'inv'), {recursive: true})
  git('add', '.')
  git('commit', '-qm', 'inventory')
  mkdirSync(join(dir, 'sub'))
  mkdirSync(join(dir, 'tmp'))
  return dir
}

const tree = (d: string): string[] =>
  readdirSync(d, {withFileTypes: true}).filter(e => e.name !== '.git').flatMap(e => (e.isDirectory() ? [`${e.name}/`, ...tree(join(d, e.name)).map(f => `${e.name}/${f}`)] : [e.name])).sort()

const codeOf = async (work: () => Promise<unknown>): Promise<string | undefined> => {
  try {
    await work()
  } catch (error) {
    return (error as YunwangError).code
  }
  return undefined
}

describe('gitSnapshot', () => {
  it('reads the revision in memory: `..` paths from a subfolder and a TMPDIR inside the repository receive nothing', async () => {
    const dir = repo()
    process.env.TMPDIR = join(dir, 'tmp')
    const before = tree(dir)
    const snap = await gitSnapshot('HEAD', ['../inv'], join(dir, 'sub'))
    ;(snap as unknown as {dispose?: () => void}).dispose?.()
    expect(tree(dir)).toEqual(before)
    expect(snap.sources.map(s => s.file)).toEqual(readdirSync(join(dir, 'inv')).sort().map(f => `../inv/${f}`))
    for (const s of snap.sources) expect(s.text).toBe(readFileSync(join(dir, 'sub', s.file), 'utf8'))
    const loaded = loadSources(snap.sources, snap.problems, {cwd: join(dir, 'sub')})
    expect(loaded.ok).toBe(true)
  })

  it('uses the repository the inventory lives in, not the working directory', async () => {
    const dir = repo()
    const elsewhere = mkdtempSync(join(tmpdir(), 'yw-git-cwd-'))
    dirs.push(elsewhere)
    const snap = await gitSnapshot('HEAD', [join(dir, 'inv')], elsewhere)
    expect(snap.sources.length).toBeGreaterThan(0)
    expect(snap.sources.every(s => s.file === relative(elsewhere, join(dir, 'inv', s.file.split('/').at(-1)!)))).toBe(true)
  })

  it('takes a checkout reached through a symbolic link for the repository it is', async () => {
    const dir = repo()
    const link = join(mkdtempSync(join(tmpdir(), 'yw-git-link-')), 'checkout')
    dirs.push(dirname(link))
    symlinkSync(dir, link)
    const snap = await gitSnapshot('HEAD', ['../inv'], join(link, 'sub'))
    expect(snap.sources.map(s => s.file)).toEqual(readdirSync(join(dir, 'inv')).sort().map(f => `../inv/${f}`))
  })

  it.each([['--output=pwned'], ['-c core.pager=touch pwned'], ['-ccore.pager=touch pwned'], ['HEAD\nHEAD'], ['HEAD HEAD'], ['HEAD\u0007'], ['']])('refuses %j as a revision (BAD_REVISION) and runs nothing', async rev => {
    const dir = repo()
    const before = tree(dir)
    expect(await codeOf(() => gitSnapshot(rev, ['inv'], dir))).toBe('BAD_REVISION')
    expect(tree(dir)).toEqual(before)
  })

  it('says which revision does not exist (GIT_FAILED), and refuses paths outside the repository', async () => {
    const dir = repo()
    expect(await codeOf(() => gitSnapshot('no-such-rev', ['inv'], dir))).toBe('GIT_FAILED')
    const other = mkdtempSync(join(tmpdir(), 'yw-git-other-'))
    dirs.push(other)
    writeFileSync(join(other, 'x.yaml'), 'x: 1\n')
    expect(await codeOf(() => gitSnapshot('HEAD', ['inv', join(other, 'x.yaml')], dir))).toBe('GIT_PATH_OUTSIDE_REPO')
  })

  it('starts no process per file and writes no file (one cat-file --batch)', () => {
    const src = readFileSync(join(ROOT, 'src/io/git-snapshot.ts'), 'utf8')
    expect(src).not.toMatch(/\b(writeFileSync|mkdtempSync|mkdirSync|tmpdir)\b/)
    expect(src.match(/'cat-file'/g)).toHaveLength(1)
    expect(src).toMatch(/'--batch'/)
  })
})
