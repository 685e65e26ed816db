import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {indentedJson, jsonText, smallJson} from '../../src/core/json-text.js'
import {runCheck} from '../../src/core/rules/run-check.js'
import {loadInventory} from '../../src/io/load-inventory.js'
import {loadPolicy} from '../../src/io/load-policy.js'
import {loadRegionNames} from '../../src/io/load-regions.js'
import {writeJson} from '../../src/io/write-json.js'
import {ROOT} from '../helpers/run-cli.js'

const leaf = fc.oneof(fc.string(), fc.string({unit: 'grapheme'}), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(-0))
const value = fc.letrec(tie => ({
  v: fc.oneof({depthSize: 'small'}, leaf, fc.array(tie('v'), {maxLength: 4}), fc.dictionary(fc.string(), tie('v'), {maxKeys: 4})),
})).v

describe('smallJson', () => {
  it('is JSON.stringify(value, null, 2) indented, for any value', () => {
    fc.assert(fc.property(value, fc.constantFrom('', '  ', '      '), (v, indent) => {
      if (v === undefined) return
      expect(smallJson(v, indent)).toBe(indentedJson(v, indent))
    }), {numRuns: 2000})
  })
})

describe('a finding’s own JSON text', () => {
  it('is what JSON.stringify writes of its record, at every indent, in both languages', () => {
    const loaded = loadInventory(['examples/jiangsu'], {cwd: ROOT})
    if (!loaded.ok) throw new Error('example does not load')
    for (const lang of ['zh', 'en'] as const) {
      const outcome = runCheck(loaded.inventory, loadPolicy(undefined, ROOT), {asOf: '2026-12-02', lang, regions: loadRegionNames()})
      expect(outcome.findings.length).toBeGreaterThan(20)
      for (const f of outcome.findings) {
        for (const indent of ['', '    ']) expect((f as unknown as {[jsonText]: (i: string) => string})[jsonText](indent)).toBe(indentedJson(f, indent))
      }
      // Through writeJson, split member by member past 256 findings: the same document as one JSON.stringify.
      const many = {findings: Array.from({length: 3}, () => outcome.findings).flat(), summary: outcome.summary}
      let text = ''
      writeJson(many, chunk => (text += chunk))
      expect(text).toBe(`${JSON.stringify(many, null, 2)}\n`)
    }
  })
})
