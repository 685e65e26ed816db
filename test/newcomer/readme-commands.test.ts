// The README's opening commands and its "Try it" block run as written, again and again, and leave the
// checkout as it was. `npx yunwang` is run as `node bin/run.js` (what npx resolves it to in this folder,
// checked once below) in a scratch folder, with /tmp/inv moved into the scratch folder.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {BIN, ROOT, testCacheDir} from '../helpers/run-cli.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => ({text: m[1], at: m.index}))
const opening = blocks[0].text
const tryIt = blocks.find((b) => readme.slice(Math.max(0, b.at - 40), b.at).includes('Try it'))?.text ?? ''

const scratch = mkdtempSync(join(tmpdir(), 'yunwang-readme-'))
symlinkSync(join(ROOT, 'examples'), join(scratch, 'examples'), 'dir')
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

function commandsOf(block: string): string[] {
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '')
}

function runBlock(script: string) {
  const body = script
    .replaceAll('npx yunwang', `node ${JSON.stringify(BIN)}`)
    .replaceAll('node bin/run.js', `node ${JSON.stringify(BIN)}`).replaceAll('/tmp/inv', join(scratch, 'inv'))
  return spawnSync('sh', ['-e', '-c', body], {
    cwd: scratch,
    encoding: 'utf8',
    timeout: 120_000,
    env: {PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...testCacheDir(), LANG: 'en_US.UTF-8', NO_COLOR: '1', CI: '1'},
  })
}

function gitStatus(): string | undefined {
  try {
    return execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], {cwd: ROOT, encoding: 'utf8'})
  } catch {
    return undefined
  }
}

describe('README commands', () => {
  it('the opening block sets up with npm, runs yunwang through npx, and runs the tests', () => {
    const words = commandsOf(opening).flatMap((line) => line.split('&&').map((c) => c.trim().split(/\s+/).slice(0, 2).join(' ')))
    expect(words).toEqual(['npm ci', 'npx yunwang', 'npm test'])
  })

  it('npx yunwang in the checkout runs the checkout’s own bin', () => {
    const r = spawnSync('npm', ['exec', '--no', '--', 'yunwang', '--version'], {cwd: join(ROOT, 'examples'), encoding: 'utf8', timeout: 60_000})
    expect(r.status).toBe(0)
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {version: string}).version
    expect(r.stdout).toContain(`yunwang/${version}`)
  }, 120_000)

  it('the opening command after set-up exits 0 every time it is run', () => {
    const yunwangOnly = commandsOf(opening)
      .flatMap((line) => line.split('&&').map((c) => c.trim()))
      .filter((c) => !c.startsWith('npm '))
      .join('\n')
    expect(yunwangOnly).not.toBe('')
    for (let run = 0; run < 2; run++) expect(runBlock(yunwangOnly).status).toBe(0)
  }, 120_000)

  it('"Try it" runs only yunwang, exits 0 every time, and leaves the checkout unchanged', () => {
    expect(tryIt).not.toBe('')
    for (const line of commandsOf(tryIt)) expect(line).toMatch(/^(npx yunwang |for k in [a-z ]+; do npx yunwang )/)
    const before = gitStatus()
    for (let run = 0; run < 2; run++) {
      const r = runBlock(tryIt)
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
    }
    expect(gitStatus()).toBe(before)
  }, 240_000)
})
