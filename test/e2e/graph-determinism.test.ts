// Same inventory, records and files in another order ⇒ byte-identical output.
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {dump, load} from 'js-yaml'
import {afterAll, describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const SMALL = join(ROOT, 'test/fixtures/graph/small')
const dir = mkdtempSync(join(tmpdir(), 'yunwang-order-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

// The systems reversed and split over two files whose names sort the other way round.
const doc = load(readFileSync(join(SMALL, 'systems.yaml'), 'utf8')) as {systems: unknown[]}
const reversed = [...doc.systems].reverse()
mkdirSync(join(dir, 'z'))
writeFileSync(join(dir, 'a-systems.yaml'), dump({apiVersion: 'yunwang/v1', kind: 'SystemInventory', systems: reversed.slice(0, 5)}))
writeFileSync(join(dir, 'z', 'b-systems.yaml'), dump({apiVersion: 'yunwang/v1', kind: 'SystemInventory', systems: reversed.slice(5)}))
copyFileSync(join(SMALL, 'nodes.yaml'), join(dir, 'z', 'nodes.yaml'))
copyFileSync(join(SMALL, 'networks.yaml'), join(dir, 'networks.yaml'))

describe('determinism', () => {
  const cases = [
    ['graph', '--format', 'dot'], ['graph', '--format', 'mermaid'], ['graph', '--format', 'graphml'], ['graph', '--json'],
    ['adoption', '--json', '--by', 'region'], ['adoption'], ['impact', 'c-data', '--json'],
  ]
  for (const args of cases) {
    it(`${args.join(' ')} does not depend on record or file order`, async () => {
      const [cmd, ...rest] = args
      const a = await runInProcess([cmd, ...(cmd === 'impact' ? [rest[0], SMALL, ...rest.slice(1)] : [SMALL, ...rest]), '--as-of', '2025-06-30'])
      const b = await runInProcess([cmd, ...(cmd === 'impact' ? [rest[0], dir, ...rest.slice(1)] : [dir, ...rest]), '--as-of', '2025-06-30'])
      expect(a.code).toBe(0)
      expect(b.stdout).toBe(a.stdout)
    })
  }
})
