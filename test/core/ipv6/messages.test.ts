import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {isMessageKey, t} from '../../../src/i18n/index.js'
import {reasonText} from '../../../src/render/ipv6.js'

const schema = JSON.parse(readFileSync(new URL('../../../schemas/output/ipv6.schema.json', import.meta.url), 'utf8'))

describe('ipv6 messages', () => {
  it('has zh and en words for every address problem code of the output schema', () => {
    for (const code of schema.properties.addressProblems.items.properties.problem.enum as string[]) {
      const key = `ipv6.problem.${code}`
      expect(isMessageKey(key), key).toBe(true)
      for (const lang of ['zh', 'en'] as const) expect(isMessageKey(key) && t(lang, key).trim()).not.toBe('')
    }
  })

  it('puts every reason code into words, with the blocker named', () => {
    const codes = ['node-not-dual-stack:n1', 'network-not-dual-stack:net-a', 'no-ipv6-block', 'app-support-unknown', 'no-valid-address', 'no-aaaa', 'app-support-partial', 'app-support-none']
    for (const code of codes) {
      for (const lang of ['zh', 'en'] as const) expect(reasonText(code, lang)).not.toMatch(/^ipv6\.|\{/)
    }
    expect(reasonText('network-not-dual-stack:net-a', 'zh')).toContain('net-a')
  })
})
