import {describe, expect, it} from 'vitest'
import {langFromEnv} from '../../src/i18n/index.js'

describe('langFromEnv', () => {
  it('takes LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(langFromEnv({LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8'}, 'en-US')).toBe('zh')
    expect(langFromEnv({LC_MESSAGES: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8'}, 'zh-CN')).toBe('en')
    expect(langFromEnv({LANG: 'zh_TW.UTF-8'}, 'en-US')).toBe('zh')
    expect(langFromEnv({LANG: 'C.UTF-8'}, 'zh-CN')).toBe('en')
  })

  it('falls back to the system locale when no variable is set (Windows has no LANG)', () => {
    expect(langFromEnv({}, 'zh-CN')).toBe('zh')
    expect(langFromEnv({LANG: ''}, 'zh-Hans-CN')).toBe('zh')
    expect(langFromEnv({}, 'en-US')).toBe('en')
    expect(langFromEnv({}, '')).toBe('en')
  })
})
