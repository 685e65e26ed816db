import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {drained} from '../../src/io/stdout-drained.js'

const settled = async (p: Promise<void>) => {
  let done = false
  void p.then(() => { done = true })
  await new Promise(r => setImmediate(r))
  return done
}

describe('drained', () => {
  it('resolves at once when nothing is queued', async () => {
    const s = new PassThrough({highWaterMark: 16})
    expect(await settled(drained(s))).toBe(true)
  })

  it('waits while output is queued, and resolves once the reader has taken it', async () => {
    const s = new PassThrough({highWaterMark: 16})
    s.write('x'.repeat(100))
    const wait = drained(s)
    expect(await settled(wait)).toBe(false)
    s.resume()
    await wait
    expect(s.writableNeedDrain).toBe(false)
  })

  it('resolves when the reader goes away instead of waiting for ever', async () => {
    const s = new PassThrough({highWaterMark: 16})
    s.write('x'.repeat(100))
    const wait = drained(s)
    expect(await settled(wait)).toBe(false)
    s.destroy(Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}))
    await wait
    expect(s.listenerCount('drain')).toBe(0)
  })
})
