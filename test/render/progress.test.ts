import {describe, expect, it} from 'vitest'
import {type OraFactory, progressEnabled, startProgress} from '../../src/render/progress.js'

describe('progressEnabled', () => {
  it('shows a spinner only on an interactive terminal outside CI, without NO_COLOR or --json', () => {
    expect(progressEnabled(false, {}, true)).toBe(true)
    expect(progressEnabled(true, {}, true)).toBe(false)
    expect(progressEnabled(false, {CI: 'true'}, true)).toBe(false)
    expect(progressEnabled(false, {NO_COLOR: ''}, true)).toBe(false)
    expect(progressEnabled(false, {}, false)).toBe(false)
    expect(progressEnabled(false, {}, true, 0)).toBe(false)
  })
})

describe('startProgress', () => {
  const fakeOra = () => {
    const frames: string[] = []
    let stopped = 0
    const factory = (() => {
      const s = {text: '', render: () => frames.push(s.text), stop: () => stopped++}
      return s
    }) as unknown as OraFactory
    return {factory, frames, stopped: () => stopped}
  }

  it('stays silent during the first second of the work', () => {
    const ora = fakeOra()
    let t = 0
    const p = startProgress(ora.factory, () => t)
    t = 999
    p.update('reading')
    p.stop()
    expect(ora.frames).toEqual([])
  })

  it('draws a later phase at once when the command began more than a second before', () => {
    const ora = fakeOra()
    const p = startProgress(ora.factory, () => 5000, 1000)
    p.update('planning')
    p.stop()
    expect(ora.frames).toEqual(['planning'])
    expect(ora.stopped()).toBe(1)
  })

  it('draws nothing without a spinner (piped, CI, --json)', () => {
    const p = startProgress(undefined, () => 5000, 0)
    expect(() => {
      p.update('x')
      p.stop()
    }).not.toThrow()
  })
})
