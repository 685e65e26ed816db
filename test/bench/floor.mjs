// The parse floor, as a process of its own: `node test/bench/floor.mjs WAY LIST` reads each file named in
// LIST (one path a line) and parses it, keeping nothing. WAY: `cjs` (js-yaml's CommonJS build), `esm`
// (its ES-module build) or `json` (JSON.parse). The bench times this whole process from spawn to exit,
// the way it times every command, so that start-up counts on both sides of a ratio; the parse loop's own
// time is printed as one JSON line too.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'

const [way, list] = process.argv.slice(2)
const parse = way === 'json' ? JSON.parse
  : way === 'cjs' ? createRequire(import.meta.url)('js-yaml').load
    : (await import('js-yaml')).load
const files = readFileSync(list, 'utf8').split('\n').filter(f => f !== '')
const started = performance.now()
for (const f of files) parse(readFileSync(f, 'utf8'))
process.stdout.write(`${JSON.stringify({parseMs: performance.now() - started})}\n`)
