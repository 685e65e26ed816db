import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {duplicateKeys, messageKeys, t} from '../src/i18n/index.js'
import {ROOT} from './helpers/run-cli.js'

describe('i18n', () => {
  it('has zh and en text for every key, with the same placeholders', () => {
    for (const key of messageKeys()) {
      const zh = t('zh', key)
      const en = t('en', key)
      expect(zh.trim(), key).not.toBe('')
      expect(en.trim(), key).not.toBe('')
      const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map(m => m[1]))].sort()
      expect(names(zh), key).toEqual(names(en))
    }
  })

  it('defines each key in one catalog only', () => {
    expect(duplicateKeys()).toEqual([])
  })

  it('has a message and a hint for every problem code', () => {
    const source = readFileSync(join(ROOT, 'src/core/errors.ts'), 'utf8')
    const union = /export type ProblemCode =([^/]*?)\n\n/s.exec(source)?.[1] ?? ''
    const codes = [...union.matchAll(/'([A-Z_]+)'/g)].map(m => m[1])
    expect(codes.length).toBeGreaterThan(20)
    const keys = new Set(messageKeys())
    for (const code of codes) {
      expect(keys.has(`problem.${code}`), code).toBe(true)
      expect(keys.has(`hint.${code}`), code).toBe(true)
    }
  })
})
