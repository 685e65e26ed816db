import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {defineConfig} from 'vitest/config'

// The commands keep parsed files in a cache directory: the tests' own, removed when they end
// (test/setup/cache-dir.ts), never the user's.
process.env.YUNWANG_CACHE_DIR ??= mkdtempSync(join(tmpdir(), 'yunwang-test-cache-'))

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time on a two-core machine: most tests wait on the CLI processes they start, so one
    // worker (vitest's default there) leaves a core idle.
    maxWorkers: 2,
    // Fails the run when any file under examples/ or test/fixtures/ changed while the tests ran.
    globalSetup: ['test/setup/hash-inputs.ts', 'test/setup/cache-dir.ts'],
    env: {YUNWANG_CACHE_DIR: process.env.YUNWANG_CACHE_DIR},
  },
})
