// Same inventory ⇒ byte-identical output, whatever the order of files and records, and the
// same output twice in a row. examples/jiangsu is rewritten into temporary folders: records shuffled
// (seeded), files renamed so they sort differently, system files merged into one, the node file split
// in two, one file written as JSON. Every command of oclif.manifest.json that reads inventory paths
// runs with each value of each of its option flags (formats, groupings, sections), in English and
// Chinese, and with --json; stdout and the exit code must match the original folder's run.
// The runs are made in this process (test/helpers/run-in-process.ts), the repeat run too; each
// command's default and --json lines are also spawned as separate processes, which must give the same
// bytes (nothing may depend on the process a run happens in).
// The legitimate differences: validate counts the files it read ("(23 files)"), and report --json names
// the --out file each run is given; those are normalised, nothing else is.
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, relative} from 'node:path'
import {JSON_SCHEMA, dump, load} from 'js-yaml'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runAll, runCliAsync} from '../helpers/run-cli-async.js'
import {ROOT} from '../helpers/run-cli.js'
import {runInProcess} from '../helpers/run-in-process.js'

const EXAMPLE = join(ROOT, 'examples/jiangsu')
const AS_OF = '2026-06-30'
type Doc = Record<string, unknown> & {kind: string}
interface Flag {options?: string[]; type: string; required?: boolean}
const manifest = JSON.parse(readFileSync(join(ROOT, 'oclif.manifest.json'), 'utf8')) as {commands: Record<string, {args: Record<string, unknown>; flags: Record<string, Flag>}>}

const files = (dir: string): string[] => readdirSync(dir, {withFileTypes: true}).flatMap(e => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])).sort()
const originals = files(EXAMPLE).map(f => ({name: relative(EXAMPLE, f), doc: load(readFileSync(f, 'utf8'), {schema: JSON_SCHEMA}) as Doc}))

/** mulberry32: a small seeded generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
function shuffle<T>(list: T[], rnd: () => number): T[] {
  const out = [...list]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

const LISTS = {SystemInventory: 'systems', NodeInventory: 'nodes', NetworkInventory: 'networks', Measurements: 'measurements'} as const
const listOf = (d: Doc): string | undefined => LISTS[d.kind as keyof typeof LISTS]
/** A copy of a document with its records (and a PlanConfig's blackouts) in another order. */
function shuffled(d: Doc, rnd: () => number): Doc {
  const list = listOf(d) ?? (d.kind === 'PlanConfig' ? 'blackouts' : undefined)
  return list && Array.isArray(d[list]) ? {...d, [list]: shuffle(d[list] as unknown[], rnd)} : {...d}
}
const writeDoc = (dir: string, name: string, d: Doc) => {
  mkdirSync(dirname(join(dir, name)), {recursive: true})
  writeFileSync(join(dir, name), name.endsWith('.json') ? JSON.stringify(d, null, 1) : dump(d, {schema: JSON_SCHEMA, lineWidth: -1}))
}

/** Records shuffled in every file; files renamed so that they sort in reverse of the original. */
function layoutRenamed(dir: string, seed: number): void {
  const rnd = random(seed)
  const n = originals.length
  originals.forEach(({name, doc}, i) => writeDoc(dir, `${String(n - i).padStart(3, '0')}-${name.replaceAll('/', '-')}`, shuffled(doc, rnd)))
}

/** All systems merged into one file, nodes split over two folders, networks as JSON, records shuffled. */
function layoutMerged(dir: string, seed: number): void {
  const rnd = random(seed)
  const systems = originals.filter(o => o.doc.kind === 'SystemInventory').flatMap(o => o.doc.systems as unknown[])
  writeDoc(dir, 'a/all-systems.yaml', {apiVersion: 'yunwang/v1', kind: 'SystemInventory', systems: shuffle(systems, rnd)})
  for (const {doc} of originals.filter(o => o.doc.kind !== 'SystemInventory')) {
    if (doc.kind === 'NodeInventory') {
      const nodes = shuffle(doc.nodes as unknown[], rnd)
      const half = Math.floor(nodes.length / 2)
      writeDoc(dir, 'z/nodes-2.yaml', {...doc, nodes: nodes.slice(0, half)})
      writeDoc(dir, 'b/nodes-1.yaml', {...doc, nodes: nodes.slice(half)})
    } else if (doc.kind === 'NetworkInventory') writeDoc(dir, 'm/networks.json', shuffled(doc, rnd))
    else if (doc.kind === 'Measurements') writeDoc(dir, 'k/measurements.json', shuffled(doc, rnd))
    else writeDoc(dir, '0-plan.yaml', shuffled(doc, rnd))
  }
}

interface Run {
  label: string
  args: (inv: string) => string[]
}

/** Arguments some commands need before the inventory paths. */
const LEADING: Record<string, string[]> = {impact: ['plat-auth']}
const SKIP_FLAGS = new Set(['lang', 'fail-on'])
function runsFor(id: string): Run[] {
  const flags = manifest.commands[id].flags
  // A flag the command cannot run without (a required --format) gets its first value unless the variant sets it.
  const required = Object.entries(flags).filter(([, f]) => f.required && f.options)
  // `impact --rank` ranks the shared platforms and takes no id.
  const base = (inv: string, extra: string[]) => [id, ...(extra.includes('--rank') ? [] : LEADING[id] ?? []), inv, '--as-of', AS_OF, ...extra, ...required.flatMap(([name, f]) => (extra.includes(`--${name}`) ? [] : [`--${name}`, f.options![0]]))]
  const variants: string[][] = [[], ['--json'], ['--lang', 'zh']]
  for (const [name, f] of Object.entries(flags)) {
    if (SKIP_FLAGS.has(name) || !f.options) continue
    for (const v of f.options) variants.push([`--${name}`, v])
  }
  if (flags['include-classified']) variants.push(['--include-classified'], ['--include-classified', '--json'])
  // A city's slice (常州市 with its counties), in human output and JSON.
  if (flags.region) variants.push(['--region', '320400'], ['--region', '320400', '--json'])
  if (id === 'graph') variants.push(['--focus', 'plat-auth', '--depth', '2', '--format', 'mermaid'])
  if (id === 'plan') variants.push(['--explain', 'plat-auth'])
  if (id === 'impact') variants.push(['--rank'], ['--rank', '--json'], ['--rank', '--format', 'csv'], ['--rank', '--include-classified', '--json'])
  if (id === 'status') variants.push(['--baseline', join(ROOT, 'examples/baselines/jiangsu-2026-07.json')], ['--by', 'department', '--json'])
  return variants.map(extra => ({label: `${id} ${extra.join(' ')}`.trim(), args: inv => base(inv, extra)}))
}
/**
 * trend reads committed history, never the folders laid out here (its own tests build repositories and
 * compare runs); export writes a workbook whose bytes its own tests hash across runs and record orders.
 */
const OWN_DETERMINISM_TESTS = new Set(['trend', 'export'])
const READERS = Object.keys(manifest.commands)
  .filter(id => !id.includes(':') && 'paths' in manifest.commands[id].args && !OWN_DETERMINISM_TESTS.has(id))
  .sort()
// A report written with --out is compared by the file's bytes instead of stdout.
const writesOut = (id: string) => 'out' in manifest.commands[id].flags

// A writer's --json summary names the file it wrote, which each run is given afresh: that path is
// normalised too.
const normalise = (id: string, text: string) => {
  const t = writesOut(id) ? text.replaceAll(/"out": "[^"]*"/g, '"out": "<out>"') : text
  return id === 'validate' ? t.replaceAll(/\(\d+ files\)|\d+ 个文件|"files": \d+/g, (m: string) => (m.startsWith('"') ? '"files": 0' : '<files>')) : t
}

let scratch = ''
const layouts: Record<string, string> = {}
const outputs = new Map<string, {code: number | null; out: string}>()
const runs = READERS.flatMap(id => runsFor(id).map(r => ({id, ...r})))
const LAYOUTS = ['original', 'repeat', 'renamed', 'merged']
/** The command lines also run as a separate process, on the original folder. */
const SPAWNED = new Set(READERS.flatMap(id => [id, `${id} --json`]))

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'yunwang-det-'))
  layouts.original = EXAMPLE
  layouts.repeat = EXAMPLE
  layoutRenamed((layouts.renamed = join(scratch, 'renamed')), 1)
  layoutMerged((layouts.merged = join(scratch, 'merged')), 2)
  const job = (r: (typeof runs)[number], ri: number, layout: string, run: (args: string[]) => ReturnType<typeof runInProcess>) => async () => {
    const outFile = join(scratch, 'out', `${ri}-${layout}`)
    const extra = writesOut(r.id) ? ['--out', outFile] : []
    mkdirSync(dirname(outFile), {recursive: true})
    const res = await run([...r.args(layouts[layout === 'process' ? 'original' : layout]), ...extra])
    // check exits 1 on findings after writing its file.
    const out = writesOut(r.id) && (res.code === 0 || res.code === 1) && !r.args('').includes('--json') ? readFileSync(outFile, 'utf8') : res.stdout
    outputs.set(`${r.label}|${layout}`, {code: res.code, out: normalise(r.id, out)})
  }
  await runAll(runs.flatMap((r, ri) => (SPAWNED.has(r.label) ? [job(r, ri, 'process', args => runCliAsync(args, {timeout: 120_000}))] : [])))
  // In-process runs share the process: one at a time.
  await runAll(runs.flatMap((r, ri) => LAYOUTS.map(layout => job(r, ri, layout, args => runInProcess(args)))), 1)
}, 900_000)

afterAll(() => {
  if (scratch) rmSync(scratch, {recursive: true, force: true})
})

describe('determinism', () => {
  it('the shuffled folders are the same inventory (validate counts match)', () => {
    const out = outputs.get('validate --json|original')!.out
    expect(JSON.parse(out).ok).toBe(true)
    for (const layout of LAYOUTS) expect(outputs.get(`validate --json|${layout}`)!.out).toBe(out)
  })

  it.each(runs.map(r => [r.label] as const))('%s: byte-identical on every layout and on a repeat run', label => {
    const original = outputs.get(`${label}|original`)!
    expect(original.code === 0 || original.code === 1, `exit ${original.code}`).toBe(true)
    expect(original.out.length).toBeGreaterThan(0)
    for (const layout of LAYOUTS.slice(1)) {
      const other = outputs.get(`${label}|${layout}`)!
      expect(other.code, layout).toBe(original.code)
      if (other.out !== original.out) {
        const a = original.out.split('\n')
        const b = other.out.split('\n')
        const at = a.findIndex((l, i) => l !== b[i])
        expect(`${layout} line ${at + 1}: ${b[at]}`).toBe(`${layout} line ${at + 1}: ${a[at]}`)
      }
    }
  })

  it.each([...SPAWNED].map(label => [label] as const))('%s: byte-identical when run as a separate process', label => {
    const original = outputs.get(`${label}|original`)!
    const other = outputs.get(`${label}|process`)!
    expect(other.code).toBe(original.code)
    expect(other.out).toBe(original.out)
  })

  it('counts its comparisons', () => {
    const comparisons = runs.length * (LAYOUTS.length - 1)
    console.log(`determinism: ${runs.length} command lines × ${LAYOUTS.length - 1} comparisons = ${comparisons}`)
    expect(comparisons).toBeGreaterThan(150)
  })
})
