// A flag that several commands take is declared once and reads the same in every command's help.
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from './helpers/run-cli.js'

/** Flags that share a name but not a meaning: --out is import's folder and report's file; --by and --section pick from each command's own groups and parts; --fail-on is a finding's severity for check and a target's status for status. */
const OWN_MEANING = new Set(['out', 'by', 'section', 'fail-on'])

type FlagLike = {summary?: string; default?: unknown}

async function commandFlags(): Promise<Map<string, Record<string, FlagLike>>> {
  const out = new Map<string, Record<string, FlagLike>>()
  for (const file of readdirSync(join(ROOT, 'src/commands')).filter(f => f.endsWith('.ts')).sort()) {
    const mod = (await import(join(ROOT, 'src/commands', file))) as {default: {flags?: Record<string, FlagLike>; baseFlags?: Record<string, FlagLike>}}
    out.set(file.replace(/\.ts$/, ''), {...mod.default.baseFlags, ...mod.default.flags})
  }
  return out
}

describe('shared flags', () => {
  it('gives a flag taken by several commands one summary and one default', async () => {
    const byName = new Map<string, Array<{command: string; summary?: string; default?: unknown}>>()
    for (const [command, flags] of await commandFlags()) {
      for (const [name, f] of Object.entries(flags)) {
        if (OWN_MEANING.has(name)) continue
        byName.set(name, [...(byName.get(name) ?? []), {command, summary: f.summary, default: typeof f.default === 'function' ? 'computed' : f.default}])
      }
    }
    expect(byName.get('include-classified')?.length).toBeGreaterThanOrEqual(6)
    const differing: string[] = []
    for (const [name, uses] of byName) {
      if (uses.length < 2) continue
      const first = uses[0]
      for (const u of uses) {
        if (u.summary !== first.summary) differing.push(`--${name} summary: ${u.command} "${u.summary}" vs ${first.command} "${first.summary}"`)
        if (name !== 'format' && u.default !== first.default) differing.push(`--${name} default: ${u.command} ${String(u.default)} vs ${first.command} ${String(first.default)}`)
      }
    }
    expect(differing).toEqual([])
  })

  it('declares each shared flag in src/flags.ts only', () => {
    const declared: string[] = []
    for (const file of readdirSync(join(ROOT, 'src/commands')).filter(f => f.endsWith('.ts'))) {
      const source = readFileSync(join(ROOT, 'src/commands', file), 'utf8')
      for (const name of ['include-classified', 'force', 'config', 'format']) {
        if (new RegExp(`['"]?${name}['"]?:\\s*Flags\\.`).test(source)) declared.push(`${file}: --${name}`)
      }
    }
    expect(declared.sort()).toEqual([])
  })
})
