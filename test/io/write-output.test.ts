import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
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
    expect((caught as YunwangError).code).toBe('BAD_FLAG')
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
})
