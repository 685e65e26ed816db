// Removes the tests' parse-cache directory (made in vitest.config.ts) when the run ends.
import {rmSync} from 'node:fs'

export default function setup(): () => void {
  return () => {
    const dir = process.env.YUNWANG_CACHE_DIR
    if (dir?.includes('yunwang-test-cache-')) rmSync(dir, {recursive: true, force: true})
  }
}
