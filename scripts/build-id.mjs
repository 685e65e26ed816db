#!/usr/bin/env node
// Writes dist/build-id.txt: a SHA-256 of every other file under dist/ (paths and bytes, in path order).
// The parse cache (src/io/parse-cache.ts) salts its keys with it, so that an entry written by one build
// is never read by another, even when the version number did not change (a checkout rebuilt after an
// edit). Run by `npm run build` last, after every file in dist/ is written.
// Run: node scripts/build-id.mjs
import {createHash} from 'node:crypto'
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {dirname, join, relative, sep} from 'node:path'
import {fileURLToPath} from 'node:url'

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const NAME = 'build-id.txt'

const files = readdirSync(DIST, {recursive: true, withFileTypes: true})
  .filter(entry => entry.isFile())
  .map(entry => relative(DIST, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
  .filter(path => path !== NAME)
  .sort()
const hash = createHash('sha256')
for (const path of files) hash.update(`${path}\n`).update(readFileSync(join(DIST, path))).update('\n')
writeFileSync(join(DIST, NAME), `${hash.digest('hex')}\n`)
