// The build writes oclif's manifest without oclif's "update available" notice (and without the registry
// request behind it). The test gives oclif a cache that claims a newer release, so the notice is due.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/run-cli.js'

const work = mkdtempSync(join(tmpdir(), 'yunwang-build-notice-'))
const pkg = join(work, 'pkg')
const cache = join(work, 'cache')
mkdirSync(pkg)
writeFileSync(join(pkg, 'package.json'), readFileSync(join(ROOT, 'package.json')))
symlinkSync(join(ROOT, 'dist'), join(pkg, 'dist'), 'dir')
symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir')
mkdirSync(join(cache, 'oclif'), {recursive: true})
writeFileSync(join(cache, 'oclif', 'version'), JSON.stringify({latest: '999.0.0'}))
afterAll(() => rmSync(work, {recursive: true, force: true}))

function run(args: string[]) {
  const r = spawnSync(process.execPath, args, {
    cwd: pkg,
    encoding: 'utf8',
    timeout: 60_000,
    env: {PATH: process.env.PATH ?? '', HOME: work, XDG_CACHE_HOME: cache, NO_COLOR: '1'},
  })
  return {code: r.status, out: `${r.stdout}${r.stderr}`}
}

describe('npm run build', () => {
  it('runs the manifest step through scripts/build-manifest.mjs', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {scripts: Record<string, string>}).scripts
    expect(scripts.build).toMatch(/node scripts\/build-manifest\.mjs$/)
    expect(scripts.build).not.toMatch(/oclif manifest/)
  })

  it('bare `oclif manifest` prints the notice with this cache (so the next test can fail)', () => {
    const r = run([join(ROOT, 'node_modules', 'oclif', 'bin', 'run.js'), 'manifest'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('999.0.0')
  })

  it('scripts/build-manifest.mjs writes the manifest and prints no notice', () => {
    const r = run([join(ROOT, 'scripts', 'build-manifest.mjs'), pkg])
    expect(r.code).toBe(0)
    expect(r.out).not.toContain('999.0.0')
    const manifest = JSON.parse(readFileSync(join(pkg, 'oclif.manifest.json'), 'utf8')) as {commands: Record<string, unknown>}
    expect(Object.keys(manifest.commands)).toContain('report')
  })
})
