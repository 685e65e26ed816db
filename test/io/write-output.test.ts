import {spawn} from 'node:child_process'
import {execFileSync} from 'node:child_process'
import {existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {YunwangError} from '../../src/core/errors.js'
import {writeOutput, writeOutputs} from '../../src/io/write-output.js'
import {ROOT} from '../helpers/run-cli.js'

const dirs: string[] = []
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'yw-write-'))
  dirs.push(d)
  return d
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, {recursive: true, force: true})
})

describe('writeOutput', () => {
  it('creates missing folders and writes the content', () => {
    const dir = tmp()
    writeOutput('a/b/out.yaml', 'x: 1\n', {cwd: dir})
    expect(readFileSync(join(dir, 'a/b/out.yaml'), 'utf8')).toBe('x: 1\n')
  })

  it('leaves an existing file untouched without --force (WRITE_EXISTS), and replaces it with', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'out.yaml'), 'old\n')
    let caught: unknown
    try {
      writeOutput('out.yaml', 'new\n', {cwd: dir})
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(YunwangError)
    expect((caught as YunwangError).code).toBe('WRITE_EXISTS')
    expect((caught as YunwangError).data.path).toBe('out.yaml')
    expect(readFileSync(join(dir, 'out.yaml'), 'utf8')).toBe('old\n')
    writeOutput('out.yaml', 'new\n', {cwd: dir, force: true})
    expect(readFileSync(join(dir, 'out.yaml'), 'utf8')).toBe('new\n')
  })

  it('writes all files or none: one existing file stops the others from being written', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'b.yaml'), 'old\n')
    expect(() => writeOutputs([{path: 'a.yaml', content: 'a'}, {path: 'b.yaml', content: 'b'}], {cwd: dir})).toThrow(YunwangError)
    expect(readdirSync(dir)).toEqual(['b.yaml'])
  })

  it('refuses, as a usage error, to write where a file stands in the way of a folder', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'out'), 'a file\n')
    let caught: unknown
    try {
      writeOutput('out/systems.yaml', 'x', {cwd: dir})
    } catch (error) {
      caught = error
    }
    expect((caught as YunwangError).code).toBe('WRITE_FAILED')
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('a file\n')
  })

  it('keeps the old file whole when the writing process is killed midway through a large write', async () => {
    const dir = tmp()
    const old = 'apiVersion: yunwang/v1\nkind: SystemInventory\nsystems: []\n'
    writeFileSync(join(dir, 'systems.yaml'), old)
    const module = join(ROOT, 'dist', 'io', 'write-output.js')
    // 768 MiB: large enough that the write (and its fsync) is still going when the temp file appears.
    const script = `import {writeOutput} from ${JSON.stringify(module)}
const big = Buffer.alloc(768 * 1024 * 1024, 0x61)
writeOutput('systems.yaml', big, {cwd: ${JSON.stringify(dir)}, force: true})
process.stdout.write('finished')`
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {stdio: ['ignore', 'pipe', 'pipe']})
    let out = ''
    child.stdout.on('data', d => (out += String(d)))
    const exited = new Promise<NodeJS.Signals | null>(done => child.on('exit', (_code, signal) => done(signal)))
    // Kill as soon as the temp file holds some bytes: the rename that would replace the old file comes last.
    const deadline = Date.now() + 30_000
    let killedMidway = false
    while (Date.now() < deadline) {
      const temp = readdirSync(dir).find(n => n !== 'systems.yaml')
      if (temp && statSync(join(dir, temp)).size > 0) {
        child.kill('SIGKILL')
        killedMidway = true
        break
      }
      await new Promise(r => setTimeout(r, 2))
    }
    const signal = await exited
    expect(killedMidway).toBe(true)
    expect(signal).toBe('SIGKILL')
    expect(out).toBe('')
    expect(readFileSync(join(dir, 'systems.yaml'), 'utf8')).toBe(old)
  })

  const codeOf = (work: () => unknown): string | undefined => {
    try {
      work()
    } catch (error) {
      return (error as YunwangError).code
    }
    return undefined
  }

  it('refuses a folder or a FIFO as the target, even with --force (WRITE_NOT_A_FILE), and leaves it as it was', () => {
    const dir = tmp()
    mkdirSync(join(dir, 'folder'))
    execFileSync('mkfifo', [join(dir, 'pipe')])
    expect(codeOf(() => writeOutput('folder', 'x', {cwd: dir, force: true}))).toBe('WRITE_NOT_A_FILE')
    expect(codeOf(() => writeOutput('pipe', 'x', {cwd: dir, force: true}))).toBe('WRITE_NOT_A_FILE')
    expect(codeOf(() => writeOutput('pipe', 'x', {cwd: dir}))).toBe('WRITE_NOT_A_FILE')
    expect(statSync(join(dir, 'folder')).isDirectory()).toBe(true)
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true)
    expect(readdirSync(dir).sort()).toEqual(['folder', 'pipe'])
  })

  it('never writes through a symbolic link, with --force or dangling (WRITE_SYMLINK)', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'real.yaml'), 'old\n')
    symlinkSync('real.yaml', join(dir, 'link.yaml'))
    symlinkSync('nowhere.yaml', join(dir, 'dangling.yaml'))
    expect(codeOf(() => writeOutput('link.yaml', 'new\n', {cwd: dir, force: true}))).toBe('WRITE_SYMLINK')
    expect(codeOf(() => writeOutput('dangling.yaml', 'new\n', {cwd: dir}))).toBe('WRITE_SYMLINK')
    expect(readFileSync(join(dir, 'real.yaml'), 'utf8')).toBe('old\n')
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true)
    expect(lstatSync(join(dir, 'dangling.yaml')).isSymbolicLink()).toBe(true)
    expect(existsSync(join(dir, 'nowhere.yaml'))).toBe(false)
  })

  it('names its temporary file beside the target and removes those a killed run left an hour ago', () => {
    const dir = tmp()
    const stale = '.out.yaml.yunwang-12345-0123456789ab.tmp'
    const fresh = '.out.yaml.yunwang-12346-0123456789ac.tmp'
    const other = '.other.yaml.yunwang-12345-0123456789ab.tmp'
    for (const f of [stale, fresh, other]) writeFileSync(join(dir, f), 'partial')
    const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000)
    utimesSync(join(dir, stale), twoHoursAgo, twoHoursAgo)
    utimesSync(join(dir, other), twoHoursAgo, twoHoursAgo)
    writeOutput('out.yaml', 'x: 1\n', {cwd: dir})
    // Another run may still be writing the fresh one; the other target's leftovers are its own business.
    expect(readdirSync(dir).sort()).toEqual([fresh, other, 'out.yaml'].sort())
  })

  it('writes all files or none when a write fails part-way: files written are removed, files replaced get their content back', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'blocker'), 'a file\n')
    expect(codeOf(() => writeOutputs([{path: 'a.yaml', content: 'a'}, {path: 'new/b.yaml', content: 'b'}, {path: 'blocker/c.yaml', content: 'c'}], {cwd: dir}))).toBe('WRITE_FAILED')
    expect(readdirSync(dir)).toEqual(['blocker'])
    writeFileSync(join(dir, 'a.yaml'), 'old a\n')
    expect(codeOf(() => writeOutputs([{path: 'a.yaml', content: 'a'}, {path: 'blocker/c.yaml', content: 'c'}], {cwd: dir, force: true}))).toBe('WRITE_FAILED')
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('old a\n')
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'blocker'])
  })
})
