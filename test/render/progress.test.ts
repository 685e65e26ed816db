import {describe, expect, it} from 'vitest'
import {progressEnabled} from '../../src/render/progress.js'

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
