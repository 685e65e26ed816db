// The inventory types are generated from the schemas; this fails when someone edits one without the other.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from '../../helpers/run-cli.js'

describe('schema-types.ts', () => {
  it('is what scripts/generate-types.mjs makes of schemas/', async () => {
    const {generate} = await import(join(ROOT, 'scripts/generate-types.mjs')) as {generate: () => Promise<string>}
    expect(readFileSync(join(ROOT, 'src/core/inventory/schema-types.ts'), 'utf8')).toBe(await generate())
  })
})
