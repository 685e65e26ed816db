#!/usr/bin/env node
// Writes oclif.manifest.json with the oclif CLI, with its update check switched off: the check would print
// "oclif update available" on every build and ask the npm registry in the background, neither of which a
// build (often offline, in CI) should do. An environment variable set here works in every shell npm uses.
// Run: node scripts/build-manifest.mjs [DIR]   (DIR: the package to write it for; default the working directory)
import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

const require = createRequire(import.meta.url)
const oclifBin = join(dirname(require.resolve('oclif/package.json')), 'bin', 'run.js')
const result = spawnSync(process.execPath, [oclifBin, 'manifest', ...process.argv.slice(2)], {
  env: {...process.env, OCLIF_SKIP_NEW_VERSION_CHECK: 'true'},
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
