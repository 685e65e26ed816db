import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import type {ErrorCode} from '../src/core/errors.js'
import {catalogEntries, duplicateKeys, isMessageKey, labelFor, messageKeys, t} from '../src/i18n/index.js'
import {errorMessageKey} from '../src/render/problems.js'
import {ROOT} from './helpers/run-cli.js'

/** Every .ts file under src/ but the catalogs themselves, as text. */
function codeSources(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap(e => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return path === join(ROOT, 'src', 'i18n', 'messages') ? [] : codeSources(path)
    return e.name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : []
  })
}

/** The strings a source writes out, and the beginnings of its template strings (`plan.col.${k}` → 'plan.col.'). */
function stringsOf(source: string): {literals: string[]; heads: string[]} {
  const literals: string[] = []
  const heads: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.push(node.text)
    else if (ts.isTemplateExpression(node)) heads.push(node.head.text)
    ts.forEachChild(node, visit)
  }
  visit(ts.createSourceFile('source.ts', source, ts.ScriptTarget.Latest, false))
  return {literals, heads}
}

/**
 * Keys no code can reach. A key is reached when it is written out as a string, or when it is a prefix the code
 * completes at run time (`plan.col.${k}`, labelFor(lang, 'kind.', …)) followed by a value the code writes
 * out somewhere ('id', 'city-cloud' in a type, a reason code in the core).
 */
function unusedKeys(keys: readonly string[], sources: readonly string[]): string[] {
  const literals = new Set<string>()
  const prefixes = new Set<string>()
  const isPrefix = (s: string) => /^[A-Za-z][\w.-]*\.$/.test(s)
  for (const source of sources) {
    const found = stringsOf(source)
    for (const l of found.literals) {
      literals.add(l)
      if (isPrefix(l)) prefixes.add(l)
    }
    for (const h of found.heads) if (isPrefix(h)) prefixes.add(h)
  }
  const reached = (key: string) => literals.has(key) || [...prefixes].some(p => key.startsWith(p) && literals.has(key.slice(p.length)))
  return keys.filter(k => !reached(k))
}

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
    const keys = new Set<string>(messageKeys())
    for (const code of codes) {
      expect(keys.has(`problem.${code}`), code).toBe(true)
      expect(keys.has(`hint.${code}`), code).toBe(true)
    }
  })

  it('has the same keys in zh and en', () => {
    const withText = (lang: 'zh' | 'en') => catalogEntries().filter(([, entry]) => typeof entry[lang] === 'string' && entry[lang].trim() !== '').map(([key]) => key)
    expect(withText('zh')).toEqual(withText('en'))
    expect(withText('zh')).toEqual(messageKeys())
  })

  it('takes only keys of the catalogs', () => {
    // @ts-expect-error a misspelt key does not compile
    expect(t('en', 'no.such.key')).toBe('no.such.key')
    expect(isMessageKey('no.such.key')).toBe(false)
    expect(isMessageKey('check.title')).toBe(true)
  })

  it('words a value from data by its key, and leaves a value without one as it is', () => {
    expect(labelFor('zh', 'type.', 'boolean')).toBe(t('zh', 'type.boolean'))
    expect(labelFor('en', 'type.', 'decimal')).toBe('decimal')
  })

  it('has a message for every error code, in both languages', () => {
    const source = readFileSync(join(ROOT, 'src/core/errors.ts'), 'utf8')
    const union = (name: string) => [...(new RegExp(`export type ${name} =([^]*?)\\n\\n`).exec(source)?.[1] ?? '').matchAll(/'([A-Z_]+)'/g)].map(m => m[1])
    const codes = [...union('ProblemCode'), ...union('ErrorCode')] as ErrorCode[]
    expect(codes).toContain('INTERNAL')
    expect(codes).toContain('PATH_NOT_FOUND')
    for (const code of codes) {
      const key = errorMessageKey(code)
      expect(isMessageKey(key), code).toBe(true)
      for (const lang of ['zh', 'en'] as const) expect(t(lang, key).trim(), code).not.toBe('')
    }
    expect(errorMessageKey('BAD_FLAG')).toBe('error.BAD_FLAG')
    expect(errorMessageKey('PATH_NOT_FOUND')).toBe('problem.PATH_NOT_FOUND')
  })

  it('has no key that no code uses', () => {
    expect(unusedKeys(messageKeys(), codeSources())).toEqual([])
  })

  it('finds a key unused when neither it nor a prefix with a written-out rest is in the code', () => {
    const keys = ['a.title', 'a.col.id', 'a.col.gone', 'b.kind.x', 'b.kind.y', 'c.none']
    const sources = ["t(lang, 'a.title'); const col = (k: 'id') => t(lang, `a.col.${k}`)", "labelFor(lang, 'b.kind.', v); type K = 'x'"]
    expect(unusedKeys(keys, sources)).toEqual(['a.col.gone', 'b.kind.y', 'c.none'])
  })
})
