// Aliases are bounded by the characters they add, not only by their number and the nodes they add:
// one long string aliased many times passes the node counts but multiplies every output that shows it.
import {describe, expect, it} from 'vitest'
import {parseSource} from '../../src/io/parse-source.js'

const plan = (reason: string, aliases: number) => [
  'apiVersion: yunwang/v1',
  'kind: PlanConfig',
  'start: 2027-01-04',
  'blackouts:',
  `  - {from: 2027-02-01, to: 2027-02-02, reason: &r "${reason}"}`,
  ...Array.from({length: aliases}, () => '  - {from: 2027-03-01, to: 2027-03-02, reason: *r}'),
  '',
].join('\n')

describe('parseSource and aliases', () => {
  it('refuses a 2,000,000-character reason aliased 999 times at the first alias', () => {
    const r = parseSource({file: 'plan.yaml', text: plan('x'.repeat(2_000_000), 999)})
    expect(r.ok).toBe(false)
    if (!r.ok) expect([r.problem.code, r.problem.position.line, r.problem.position.column]).toEqual(['ALIAS_TOO_LONG', 6, 48])
  })

  it('accepts short values aliased as often as the alias limit allows', () => {
    expect(parseSource({file: 'plan.yaml', text: plan('春节', 999)}).ok).toBe(true)
  })

  it('accepts one long string aliased once, and refuses it when its copies add more than 1,000,000 characters', () => {
    expect(parseSource({file: 'plan.yaml', text: plan('x'.repeat(900_000), 1)}).ok).toBe(true)
    const r = parseSource({file: 'plan.yaml', text: plan('x'.repeat(600_000), 2)})
    expect(r.ok ? 'ok' : r.problem.code).toBe('ALIAS_TOO_LONG')
  })
})

describe('parseSource and deep JSON', () => {
  it('refuses JSON nested 1,000,000 deep at the bracket past the limit, before building it', () => {
    const head = '{"apiVersion":"yunwang/v1","kind":"NodeInventory","nodes":['
    const r = parseSource({file: 'deep.json', text: `${head}${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}]}`})
    expect(r.ok ? 'ok' : [r.problem.code, r.problem.position.line, r.problem.position.column]).toEqual(['TOO_DEEP', 1, head.length + 64 - 1])
  })

  it('counts brackets inside strings as text', () => {
    expect(parseSource({file: 'a.json', text: JSON.stringify({note: '['.repeat(1000), nested: [[[1]]]})}).ok).toBe(true)
  })
})
