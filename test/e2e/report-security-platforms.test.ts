// The report's 安全保障 and 共享平台 sections on test/fixtures/rank, evaluated as of 2026-06-30 (the
// expectations are worked out in the fixture's systems.yaml and below).
import {describe, expect, it} from 'vitest'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const RANK = 'test/fixtures/rank'
const AS_OF = ['--as-of', '2026-06-30']
const HIDDEN = ['sm-x', 'sm-plat', '机要收文系统', '机要认证平台']

interface Coverage {covered: number; total: number}
interface Figures {
  security: {mlps: Coverage | null; crypto: Coverage | null; dr: Coverage | null; cii: Coverage | null; stale: number; staleClassified: number}
  platforms: {ranked: number; classified: number; top: Array<{id: string; roles: string[]; dependents: number; offCloud: number; departments: number; onCloud: boolean}>}
}

/** The cells of each row of the HTML table with this id. */
function htmlRows(html: string, id: string): string[][] {
  const table = new RegExp(`<table id="${id}"[^>]*>([\\s\\S]*?)</table>`).exec(html)
  if (!table) return []
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(table[1])![1]
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(r => [...r[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(c => c[1].replace(/<[^>]+>/g, '')))
}

// Level 3+ in scope: idp, exch, lone (省大数据管理中心), a2, a3 (省丙厅), b1 (省乙厅).
// 等保测评 current: idp (171 days), a2 (365 days, level 3), a3 (180 days, level 4) — exch is 366 days old,
// b1 183 days at level 4, lone has none. 密评 passed and current: a2, lone — idp is 486 days old, b1 has no
// date, exch none, a3 failed. Off-site DR: idp and a2 (Suzhou), exch and b1 (true) — lone's copy is in
// Nanjing like its node, a3 has none. CII: idp and lone at level 3; amber (南京市政务办) at level 2.
describe('report: security and shared platforms', async () => {
  const json = (await runJsonInProcess<Figures>(['report', RANK, ...AS_OF])).json

  it('counts coverage over all departments with SEC-005…SEC-008\'s periods', () => {
    expect(json.security).toEqual({
      mlps: {covered: 3, total: 6}, crypto: {covered: 2, total: 6}, dr: {covered: 4, total: 6}, cii: {covered: 2, total: 3}, stale: 5, staleClassified: 0,
    })
  })

  it('gives the shared platforms as impact --rank ranks them', () => {
    expect(json.platforms.ranked).toBe(4)
    expect(json.platforms.classified).toBe(1)
    expect(json.platforms.top.map(p => [p.id, p.dependents, p.offCloud, p.departments, p.onCloud])).toEqual([
      ['idp', 5, 3, 4, true], ['exch', 3, 2, 3, false], ['amber', 0, 0, 0, true], ['lone', 0, 0, 0, true],
    ])
  })

  it('shows the coverage table by department, most gaps first, and the stale assessments oldest first (HTML)', async () => {
    const html = (await runInProcess(['report', RANK, ...AS_OF, '--lang', 'en', '--out', '-'])).stdout
    expect(htmlRows(html, 'security-coverage')).toEqual([
      ['all departments', '3/6 (50.0%)', '2/6 (33.3%)', '4/6 (66.7%)', '2/3 (66.7%)'],
      ['省大数据管理中心', '1/3 (33.3%)', '1/3 (33.3%)', '2/3 (66.7%)', '2/2 (100.0%)'],
      ['省丙厅', '2/2 (100.0%)', '1/2 (50.0%)', '1/2 (50.0%)', '—'],
      ['省乙厅', '0/1 (0.0%)', '0/1 (0.0%)', '1/1 (100.0%)', '—'],
      ['南京市政务办', '—', '—', '—', '0/1 (0.0%)'],
    ])
    expect(htmlRows(html, 'security-stale').map(r => [r[0], r[3], r[4], r[5], r[6]])).toEqual([
      ['b1', 'cryptography', '4', 'none recorded', '—'],
      ['lone', 'MLPS', '3', 'none recorded', '—'],
      ['idp', 'cryptography', '3', '2025-03-01', '486'],
      ['exch', 'MLPS', '3', '2025-06-29', '366'],
      ['b1', 'MLPS', '4', '2025-12-29', '183'],
    ])
    expect(htmlRows(html, 'platforms').map(r => [r[0], r[1], r[4], r[5], r[6]])).toEqual([
      ['1', '统一身份认证平台idp', '5', '3', '4'], ['2', '数据共享交换平台exch', '3', '2', '3'],
      ['3', '南京政务服务平台amber', '0', '0', '0'], ['4', '一网统管平台lone', '0', '0', '0'],
    ])
    expect(html).toContain('<svg id="chart-platforms"')
  })

  it('carries both sections in Markdown, in zh and en', async () => {
    for (const lang of ['zh', 'en']) {
      const md = (await runInProcess(['report', RANK, ...AS_OF, '--lang', lang, '--format', 'markdown', '--out', '-'])).stdout
      expect(md).toMatch(lang === 'zh' ? /## 安全保障/ : /## Security/)
      expect(md).toMatch(lang === 'zh' ? /## 共享平台/ : /## Shared platforms/)
      expect(md).toContain(lang === 'zh' ? '| 合计 | 3/6 (50.0%) | 2/6 (33.3%) | 4/6 (66.7%) | 2/3 (66.7%) |' : '| all departments | 3/6 (50.0%) | 2/6 (33.3%) | 4/6 (66.7%) | 2/3 (66.7%) |')
      expect(md).toContain('| 1 | 统一身份认证平台 (idp) |')
    }
  })

  it('names no classified system or platform, in HTML, Markdown or JSON, and is byte-identical run to run', async () => {
    const runs = []
    for (const format of ['html', 'markdown']) {
      const a = await runInProcess(['report', RANK, ...AS_OF, '--format', format, '--out', '-'])
      const b = await runInProcess(['report', `${RANK}/systems.yaml`, `${RANK}/nodes.yaml`, ...AS_OF, '--format', format, '--out', '-'])
      expect(b.stdout).toBe(a.stdout)
      runs.push(a.stdout)
    }
    runs.push(JSON.stringify(json))
    for (const text of runs) for (const hidden of HIDDEN) expect(text).not.toContain(hidden)
  })
})
