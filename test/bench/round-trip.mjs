#!/usr/bin/env node
// The survey round trip at scale: `export` of a generated inventory (one workbook of every system, and one
// per department), a workbook edited (one cell in every 20th record, by exceljs: speed is the point here,
// the tests use another writer), then `import --merge` (--dry-run, then for real) and `validate`.
// Prints wall and user time and peak RSS of each step.
//
//   npm run build && node test/bench/round-trip.mjs [SIZE] [--dir DIR]
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import ExcelJS from 'exceljs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const BIN = join(ROOT, 'bin', 'run.js')
const size = Number(process.argv[2] ?? 10_000)
const at = process.argv.indexOf('--dir')
const dir = at > 0 ? process.argv[at + 1] : join(tmpdir(), `yunwang-round-trip-${size}`)
const AS_OF = '2026-12-01'

rmSync(dir, {recursive: true, force: true})
mkdirSync(dir, {recursive: true})
const cached = join(tmpdir(), 'yunwang-bench', `round-trip-${size}`)
if (!existsSync(cached)) spawnSync(process.execPath, [join(ROOT, 'test/bench/generate-inventory.mjs'), String(size), cached], {stdio: 'ignore'})
const inv = join(dir, 'inv')
cpSync(cached, inv, {recursive: true})

const timed = (label, args) => {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %M', process.execPath, BIN, ...args], {cwd: dir, encoding: 'utf8', env: {...process.env, CI: '1', NO_COLOR: '1'}, maxBuffer: 1 << 30})
  const [wall, user, rss] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number)
  console.log(`${label.padEnd(40)} exit ${r.status}  ${wall.toFixed(1)} s wall  ${user.toFixed(1)} s user  ${(rss / 1024).toFixed(0)} MiB`)
  return r
}

timed('export (all systems, one workbook)', ['export', 'inv', '--kind', 'systems', '--out', 'all.xlsx', '--as-of', AS_OF])
timed('export --by-department', ['export', 'inv', '--kind', 'systems', '--by-department', '--out', 'by', '--as-of', AS_OF])
const wb = new ExcelJS.Workbook()
await wb.xlsx.readFile(join(dir, 'all.xlsx'))
const ws = wb.worksheets[0]
const nameCol = ws.getRow(1).values.indexOf('系统名称')
let edited = 0
for (let r = 3; r <= ws.rowCount; r += 20) {
  const cell = ws.getCell(r, nameCol)
  if (cell.value) {
    cell.value = `${cell.value}（改）`
    edited++
  }
}
await wb.xlsx.writeFile(join(dir, 'edited.xlsx'))
console.log(`edited ${edited} names`)
timed('import --merge --dry-run (unchanged)', ['import', 'all.xlsx', '--kind', 'systems', '--merge', 'inv', '--dry-run', '--as-of', AS_OF, '--json'])
timed('import --merge --dry-run (edited)', ['import', 'edited.xlsx', '--kind', 'systems', '--merge', 'inv', '--dry-run', '--as-of', AS_OF, '--json'])
timed('import --merge (edited)', ['import', 'edited.xlsx', '--kind', 'systems', '--merge', 'inv', '--as-of', AS_OF, '--json'])
timed('validate', ['validate', 'inv', '--json'])
