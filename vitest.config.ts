import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Fails the run when any file under examples/ or test/fixtures/ changed while the tests ran.
    globalSetup: ['test/setup/hash-inputs.ts'],
  },
})
