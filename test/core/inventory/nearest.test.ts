import {describe, expect, it} from 'vitest'
import {nearest} from '../../../src/core/text/nearest.js'

describe('nearest', () => {
  it('suggests a close candidate', () => {
    expect(nearest('clasified', ['classified', 'class', 'status'])).toBe('classified')
    expect(nearest('pc-mian', ['pc-main', 'pc-dr'])).toBe('pc-main')
  })
  it('prefers a case-only difference', () => {
    expect(nearest('PC-MAIN', ['pc-main', 'pc-man'])).toBe('pc-main')
  })
  it('suggests nothing when nothing is close', () => {
    expect(nearest('xyz', ['classified', 'status'])).toBeUndefined()
  })
})
