import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {outputErrors} from '../helpers/output-schema.js'
import {ROOT} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

interface DiffJson {
  added: string[]
  removed: string[]
  moved: Array<{id: string; from: string; to: string; onCloudBefore: boolean; onCloudAfter: boolean}>
  changed: Array<{id: string; fields: string[]}>
  rate: {before: number; after: number}
  adjustedRate: {before: number; after: number}
  classified: {added: number; removed: number; moved: number; changed: number; findings: number}
  findings: {new: Finding[]; resolved: Finding[]}
}

interface Finding {
  rule: string
  subject: {kind: string; id: string}
}
const keys = (fs: Finding[]) => fs.map(f => `${f.rule} ${f.subject.kind}:${f.subject.id}`)

const OLD = 'test/fixtures/diff/old'
const NEW = 'test/fixtures/diff/new'
const AS_OF = ['--as-of', '2026-01-01']
const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, {recursive: true, force: true})
})

// Expectations computed by hand from the fixtures' comments.
const MOVED = [
  {id: 'a2', from: 'dept-x', to: 'pc-main', onCloudBefore: false, onCloudAfter: true},
  {id: 'a3', from: 'dept-x', to: 'room-y', onCloudBefore: false, onCloudAfter: false},
  {id: 'a4', from: 'room-y', to: 'city-a', onCloudBefore: false, onCloudAfter: true},
]

describe('diff OLD NEW', () => {
  it('lists added, removed and moved systems and the rate before and after, classified ones only counted', async () => {
    const r = await runJsonInProcess<DiffJson>(['diff', OLD, NEW, ...AS_OF])
    expect(r.code).toBe(0)
    expect(r.json.added).toEqual(['b1', 'b2'])
    expect(r.json.removed).toEqual(['a6'])
    expect(r.json.moved).toEqual(MOVED)
    expect(r.json.changed).toEqual([{id: 'a8', fields: ['mlps']}])
    expect(r.json.rate).toEqual({before: 2 / 7, after: 5 / 7})
    expect(r.json.adjustedRate).toEqual({before: 2 / 6, after: 5 / 6})
    expect(r.json.classified).toEqual({added: 1, removed: 1, moved: 1, changed: 0, findings: 0})
    // b2 is planned on a department cloud; b1 has no IPv6 facts; a8 became MLPS 3 without 密评, DR or an 等保测评 date.
    expect(keys(r.json.findings.new)).toEqual(['CLOUD-005 system:b2', 'IPV6-002 system:b1', 'SEC-003 system:a8', 'SEC-004 system:a8', 'SEC-005 system:a8'])
    // a2, a4, a5 reached the cloud (a5 by its node being managed); a2, a3 left the department cloud;
    // city-b is managed now; a6 is gone.
    expect(keys(r.json.findings.resolved)).toEqual([
      'CLOUD-001 system:a2', 'CLOUD-001 system:a4', 'CLOUD-001 system:a5', 'CLOUD-002 system:a2', 'CLOUD-002 system:a3',
      'CLOUD-003 node:city-b', 'IPV6-002 system:a6',
    ])
    expect(JSON.stringify(r.json)).not.toMatch(/k[123]|机要|涉密/)
    expect(outputErrors('diff', r.json)).toEqual([])
  })

  it('names classified systems with --include-classified', async () => {
    const r = await runJsonInProcess<DiffJson>(['diff', OLD, NEW, ...AS_OF, '--include-classified'])
    expect(r.json.added).toEqual(['b1', 'b2', 'k3'])
    expect(r.json.removed).toEqual(['a6', 'k2'])
    expect(r.json.moved.map(m => m.id)).toEqual(['a2', 'a3', 'a4', 'k1'])
    expect(r.json.classified).toEqual({added: 0, removed: 0, moved: 0, changed: 0, findings: 0})
    expect(outputErrors('diff', r.json)).toEqual([])
  })

  it('swapping the snapshots swaps added and removed and reverses the moves', async () => {
    const r = await runJsonInProcess<DiffJson>(['diff', NEW, OLD, ...AS_OF])
    expect(r.json.added).toEqual(['a6'])
    expect(r.json.removed).toEqual(['b1', 'b2'])
    expect(r.json.moved).toEqual(MOVED.map(m => ({id: m.id, from: m.to, to: m.from, onCloudBefore: m.onCloudAfter, onCloudAfter: m.onCloudBefore})))
    expect(r.json.rate).toEqual({before: 5 / 7, after: 2 / 7})
  })

  it('prints tables, and Markdown for a CI job summary, without naming classified systems', async () => {
    const table = await runInProcess(['diff', OLD, NEW, ...AS_OF])
    expect(table.code).toBe(0)
    expect(table.stdout).toContain('28.6% → 71.4%')
    expect(table.stdout).not.toMatch(/机要交换系统|涉密档案系统|新涉密系统/)
    const md = await runInProcess(['diff', OLD, NEW, ...AS_OF, '--format', 'markdown', '--lang', 'zh'])
    expect(md.stdout).toMatch(/^## /)
    expect(md.stdout).toContain('| a2 | 人社业务系统 | dept-x | pc-main | 云下 → 云上 |')
  })

  it('is a usage error (exit 2) without two paths, and an input error for a broken snapshot', async () => {
    expect((await runInProcess(['diff', OLD])).code).toBe(2)
    const r = await runJsonInProcess<{error: {code: string}}>(['diff', OLD, 'test/fixtures/inventories/mistakes'])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('INVALID_INPUT')
  })
})

describe('diff --git REV', () => {
  it('compares the inventory at a revision with the working tree', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'yw-diff-git-'))
    dirs.push(repo)
    const git = (...args: string[]) => execFileSync('git', args, {cwd: repo, stdio: 'pipe'})
    git('init', '-q')
    git('config', 'user.email', 'ci@example.invalid')
    git('config', 'user.name', 'ci')
    cpSync(join(ROOT, OLD), join(repo, 'inventory'), {recursive: true})
    writeFileSync(join(repo, 'yunwang.yaml'), 'paths: [inventory]\n')
    git('add', '.')
    git('commit', '-qm', 'old')
    rmSync(join(repo, 'inventory'), {recursive: true})
    cpSync(join(ROOT, NEW), join(repo, 'inventory'), {recursive: true})
    const r = await runJsonInProcess<DiffJson>(['diff', '--git', 'HEAD', ...AS_OF], {cwd: repo})
    expect(r.code).toBe(0)
    expect(r.json.added).toEqual(['b1', 'b2'])
    expect(r.json.moved).toEqual(MOVED)
    expect(r.json.rate).toEqual({before: 2 / 7, after: 5 / 7})
    const bad = await runJsonInProcess<{error: {code: string}}>(['diff', '--git', 'no-such-rev'], {cwd: repo})
    expect(bad.code).toBe(2)
    expect(bad.json.error.code).toBe('GIT_FAILED')
    // An option in the place of a revision never reaches git: exit 2, its own code, no file written.
    const injected = await runJsonInProcess<{error: {code: string}}>(['diff', '--git=--output=pwned'], {cwd: repo})
    expect(injected.code).toBe(2)
    expect(injected.json.error.code).toBe('BAD_REVISION')
    expect(existsSync(join(repo, 'pwned'))).toBe(false)
  })
})
