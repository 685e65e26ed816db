import {Writable} from 'node:stream'
import ora from 'ora'
import {describe, expect, it} from 'vitest'
import {type OraFactory, loadSpinner, progressEnabled, startProgress} from '../../src/render/progress.js'

describe('progressEnabled', () => {
  it('shows a spinner only on an interactive terminal outside CI, without NO_COLOR or --json', () => {
    expect(progressEnabled(false, {}, true)).toBe(true)
    expect(progressEnabled(true, {}, true)).toBe(false)
    expect(progressEnabled(false, {CI: 'true'}, true)).toBe(false)
    expect(progressEnabled(false, {NO_COLOR: ''}, true)).toBe(false)
    expect(progressEnabled(false, {TERM: 'dumb'}, true)).toBe(false)
    expect(progressEnabled(false, {}, false)).toBe(false)
    expect(progressEnabled(false, {}, true, 0)).toBe(false)
  })

  it('loads no spinner when it is off', async () => {
    expect(await loadSpinner(false)).toBeUndefined()
    expect(typeof (await loadSpinner(true))).toBe('function')
  })
})

/** A terminal that records what is written to it: text, and the cursor moves ora makes. */
class FakeTerminal extends Writable {
  readonly isTTY = true
  readonly columns = 80
  readonly rows = 24
  readonly ops: string[] = []
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.ops.push(chunk.toString())
    done()
  }
  cursorTo(x: number): boolean {
    this.ops.push(`<cursorTo ${x}>`)
    return true
  }
  clearLine(dir: number): boolean {
    this.ops.push(`<clearLine ${dir}>`)
    return true
  }
  moveCursor(dx: number, dy: number): boolean {
    this.ops.push(`<moveCursor ${dx} ${dy}>`)
    return true
  }
  /** The frames drawn: writes holding text, without colour and control sequences. */
  frames(): string[] {
    // eslint-disable-next-line no-control-regex
    return this.ops.filter(op => !op.startsWith('<')).map(op => op.replace(/\u001B\[[\d;?]*[A-Za-z]/g, '')).filter(op => op.trim() !== '')
  }
}

/** The real ora, enabled whatever the environment running the tests (the command decides with progressEnabled). */
const realOra = ((options: Parameters<typeof ora>[0] & object) => ora({...options, isEnabled: true})) as OraFactory

describe('startProgress', () => {
  it('writes nothing during the first second of the work, and nothing when stopped then', () => {
    const term = new FakeTerminal()
    let t = 0
    const p = startProgress(realOra, () => t, undefined, term)
    t = 999
    p.update('reading 1/2 files')
    p.stop()
    expect(term.ops).toEqual([])
  })

  it('draws the phase with a spinner frame once a second has passed', () => {
    const term = new FakeTerminal()
    let t = 0
    const p = startProgress(realOra, () => t, 0, term)
    t = 1000
    p.update('reading 1/2 files')
    const frames = term.frames()
    expect(frames).toHaveLength(1)
    expect(frames[0]).toMatch(/^\S reading 1\/2 files$/)
    p.stop()
  })

  it('draws at most one frame per 80 ms, the latest text each time', () => {
    const term = new FakeTerminal()
    let t = 0
    const p = startProgress(realOra, () => t, 0, term)
    for (const [at, text] of [[1000, 'a'], [1050, 'b'], [1079, 'c'], [1080, 'd'], [1200, 'e']] as const) {
      t = at
      p.update(text)
    }
    expect(term.frames().map(f => f.slice(2))).toEqual(['a', 'd', 'e'])
    p.stop()
  })

  it('clears its line and shows the cursor again when stopped', () => {
    const term = new FakeTerminal()
    const p = startProgress(realOra, () => 5000, 0, term)
    p.update('planning migration waves')
    const drawn = term.ops.length
    p.stop()
    const after = term.ops.slice(drawn)
    expect(after.slice(0, 2)).toEqual(['<cursorTo 0>', '<clearLine 1>'])
    expect(after.at(-1)).toBe('\u001B[?25h')
    expect(after.filter(op => !op.startsWith('<') && !op.startsWith('\u001B'))).toEqual([])
  })

  it('draws a later phase at once when the command began more than a second before', () => {
    const term = new FakeTerminal()
    let t = 5000
    const p = startProgress(realOra, () => t, 1000, term)
    p.update('planning migration waves')
    expect(term.frames()).toHaveLength(1)
    p.stop()
    t = 5001
    const q = startProgress(realOra, () => t, 4500, term)
    q.update('assessing IPv6 readiness')
    expect(term.frames()).toHaveLength(1)
    q.stop()
  })

  it('writes nothing without a spinner (piped, CI, --json), however long the work', () => {
    const term = new FakeTerminal()
    let t = 0
    const p = startProgress(undefined, () => t, 0, term)
    for (t = 1000; t < 10_000; t += 100) p.update('reading')
    p.stop()
    expect(term.ops).toEqual([])
  })
})
