// Real --json output of adoption, impact, graph and check validated against schemas/output/*.schema.json.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const ajv = new Ajv2020({allErrors: true, strict: true})
const validator = (name: string) =>
  ajv.getSchema(`https://yunwang.dev/schemas/output/${name}.schema.json`) ??
  ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'output', `${name}.schema.json`), 'utf8')) as object)

const CASES: Array<[string, string[]]> = [
  ['adoption', ['adoption', 'examples/jiangsu', '--as-of', '2025-06-30']],
  ['adoption', ['adoption', 'examples/jiangsu', '--by', 'region', '--as-of', '2026-03-01']],
  ['adoption', ['adoption', 'test/fixtures/graph/empty']],
  ['impact', ['impact', 'plat-auth', 'examples/jiangsu']],
  ['impact', ['impact', 'b-auth', 'test/fixtures/graph/small', '--include-classified']],
  ['impact', ['impact', '--rank', 'test/fixtures/rank', '--as-of', '2026-06-30']],
  ['impact', ['impact', '--rank', 'examples/jiangsu', '--include-classified']],
  ['graph', ['graph', 'examples/jiangsu']],
  ['graph', ['graph', 'test/fixtures/graph/small', '--focus', 'c-data', '--depth', '3', '--cluster', 'node']],
  // --fail-on critical: the example has errors, and this suite wants exit 0; the output is the same.
  ['check', ['check', 'examples/jiangsu', '--as-of', '2026-12-02', '--fail-on', 'critical']],
  ['check', ['check', 'examples/jiangsu', '--as-of', '2026-12-02', '--fail-on', 'critical', '--department', '省公安厅', '--include-classified']],
  ['status', ['status', 'examples/jiangsu', '--as-of', '2026-12-02', '--by', 'region', '--baseline', 'examples/baselines/jiangsu-2026-07.json']],
]

describe('output schemas', () => {
  for (const [schema, args] of CASES) {
    it(`${args.join(' ')} matches ${schema}.schema.json`, async () => {
      const r = await runJsonInProcess(args)
      expect(r.code).toBe(0)
      const validate = validator(schema)
      expect(validate(r.json), JSON.stringify(validate.errors)).toBe(true)
    })
  }
})
