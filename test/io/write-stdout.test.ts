import {spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {stdoutWriter} from '../../src/io/write-stdout.js'
import {ROOT} from '../helpers/run-cli.js'

/** A child that writes `mib` MiB in 1 MiB chunks (each chunk's bytes its index) through stdoutWriter and reports what process.stdout ever held queued. */
const child = (mib: number) => `
  const {stdoutWriter} = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/io/write-stdout.js')).href)})
  const write = stdoutWriter()
  let queued = 0
  for (let i = 0; i < ${mib}; i++) {
    write(String.fromCharCode(97 + (i % 26)).repeat(1 << 20))
    queued = Math.max(queued, process.stdout.writableLength)
  }
  process.stderr.write('queued ' + queued)
`

function run(mib: number, read: (out: NodeJS.ReadableStream, done: () => void) => void): Promise<{code: number | null; stderr: string; hash: string; bytes: number}> {
  return new Promise(resolve => {
    const p = spawn(process.execPath, ['--input-type=module', '-e', child(mib)], {stdio: ['ignore', 'pipe', 'pipe']})
    const hash = createHash('sha256')
    let bytes = 0
    let stderr = ''
    p.stderr.on('data', d => (stderr += d))
    p.stdout.on('data', d => {
      hash.update(d)
      bytes += d.length
    })
    read(p.stdout, () => p.stdout.destroy())
    p.on('close', code => resolve({code, stderr, hash: hash.digest('hex'), bytes}))
  })
}

describe('stdoutWriter', () => {
  it('into a pipe whose reader is slow: every byte in order, nothing queued in memory', async () => {
    const r = await run(24, out => {
      out.pause()
      setTimeout(() => out.resume(), 300)
    })
    const expected = createHash('sha256')
    for (let i = 0; i < 24; i++) expected.update(String.fromCharCode(97 + (i % 26)).repeat(1 << 20))
    expect(r.code).toBe(0)
    expect(r.bytes).toBe(24 << 20)
    expect(r.hash).toBe(expected.digest('hex'))
    expect(r.stderr).toBe('queued 0')
  })

  it('stops writing, without an error, once the reader has gone', async () => {
    const r = await run(24, (out, done) => out.once('data', done))
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('queued 0')
    expect(r.bytes).toBeLessThan(24 << 20)
  })

  it('into a file: every byte, characters of every width encoded as UTF-8, chunk after chunk, whole or in pieces', async () => {
    const {mkdtempSync, openSync, closeSync, readFileSync, rmSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const dir = mkdtempSync(join(tmpdir(), 'yunwang-stdout-'))
    try {
      const file = join(dir, 'out.json')
      const fd = openSync(file, 'w')
      // A long chunk of two-byte characters, then a shorter one (the buffer kept from the first is reused), then astral ones.
      const made = `['省人力资源社会保障厅 sys-1\\n'.repeat(50000), 'ascii only\\n', '𠀀😀 end\\n']`
      const chunks = ['省人力资源社会保障厅 sys-1\n'.repeat(50_000), 'ascii only\n', '𠀀😀 end\n']
      const code = await new Promise<number | null>(resolve => {
        const p = spawn(process.execPath, ['--input-type=module', '-e', `
          const {stdoutWriter} = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/io/write-stdout.js')).href)})
          const write = stdoutWriter()
          for (const c of ${made}) write(c)
          // The same again as pieces of one chunk, a long one after short ones (the buffer grows between pieces' sums).
          write.many(${made}.reverse())
        `], {stdio: ['ignore', fd, 'inherit']})
        p.on('close', resolve)
      })
      closeSync(fd)
      expect(code).toBe(0)
      const written = readFileSync(file)
      const expected = Buffer.from(chunks.join('') + [...chunks].reverse().join(''), 'utf8')
      expect(written.length).toBe(expected.length)
      expect(written.equals(expected)).toBe(true)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('uses a write that a caller put in place (tests capturing output)', () => {
    const seen: string[] = []
    const hadOwn = Object.hasOwn(process.stdout, 'write')
    const before = process.stdout.write
    process.stdout.write = ((chunk: string) => seen.push(chunk) > 0) as typeof process.stdout.write
    try {
      stdoutWriter()('captured')
    } finally {
      if (hadOwn) process.stdout.write = before
      else delete (process.stdout as Partial<typeof process.stdout>).write
    }
    expect(seen).toEqual(['captured'])
  })
})
