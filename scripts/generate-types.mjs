#!/usr/bin/env node
// Generates src/core/inventory/schema-types.ts from the input JSON Schemas, so types cannot drift
// from the schemas: `node scripts/generate-types.mjs` writes it; `--check` fails when it is stale.
import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {compile} from 'json-schema-to-typescript'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'src/core/inventory/schema-types.ts')
const files = ['system-inventory', 'node-inventory', 'network-inventory', 'plan-config', 'measurements', 'project-config', 'policy-pack']

export async function generate() {
  const parts = ['// Generated from schemas/*.schema.json by scripts/generate-types.mjs. Do not edit.\n/* eslint-disable */\n']
  const seen = new Set()
  for (const name of files) {
    const schema = JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8'))
    const ts = await compile(schema, schema.title, {
      cwd: join(root, 'schemas'),
      bannerComment: '',
      additionalProperties: false,
      declareExternallyReferenced: true,
      unknownAny: true,
      style: {singleQuote: true, semi: false, printWidth: 120},
      $refOptions: {resolve: {http: false, file: {canRead: true}}},
    })
    // Shared definitions are emitted once per schema that uses them; keep the first.
    for (const block of ts.split(/\n(?=export )/)) {
      const m = /^export (?:interface|type) (\w+)/.exec(block.trim())
      if (m && seen.has(m[1])) continue
      if (m) seen.add(m[1])
      parts.push(block.trim() + '\n')
    }
  }
  return parts.join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await generate()
  if (process.argv.includes('--check')) {
    if (readFileSync(out, 'utf8') !== text) {
      console.error('src/core/inventory/schema-types.ts is stale: run node scripts/generate-types.mjs')
      process.exit(1)
    }
  } else writeFileSync(out, text)
}
