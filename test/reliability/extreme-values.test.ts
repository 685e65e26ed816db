// Values at the edges of what the formats allow: a plan that would run past 9999-12-31 must stop
// with a usage error (exit 2) instead of printing dates like "+010000-01".
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {addDays} from '../../src/core/dates.js'
import {YunwangError} from '../../src/core/errors.js'
import {ROOT, runCli, runJson} from '../helpers/run-cli.js'

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, {recursive: true, force: true})
})

describe('dates at the end of the calendar', () => {
  it('addDays reaches 9999-12-31 and refuses to go past it', () => {
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31')
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    let caught: unknown
    try {
      addDays('9999-12-31', 1)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(YunwangError)
    expect((caught as YunwangError).code).toBe('DATE_OUT_OF_RANGE')
  })

  it('plan --start 9999-12-31 is a usage error, in JSON and in words, with no malformed date', () => {
    const r = runJson<{error: {code: string}}>(['plan', 'examples/jiangsu', '--start', '9999-12-31'])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('DATE_OUT_OF_RANGE')
    const h = runCli(['plan', 'examples/jiangsu', '--start', '9999-12-31', '--format', 'csv'])
    expect(h.code).toBe(2)
    expect(h.stdout).toBe('')
    expect(h.stderr).not.toMatch(/\+0\d{5}|\n\s+at /)
  })

  it('a PlanConfig that starts in 9999 is refused the same way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yw-far-'))
    dirs.push(dir)
    cpSync(join(ROOT, 'examples/jiangsu'), dir, {recursive: true})
    const plan = join(dir, 'plan.yaml')
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^start: .*$/m, 'start: 9999-12-01'))
    const r = runJson<{error: {code: string}}>(['plan', dir])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('DATE_OUT_OF_RANGE')
  })
})
