// Inputs are never written: every file under examples/ and test/fixtures/ is hashed before
// the test run and again after it; any file changed, added or removed fails the run.
import {createHash} from 'node:crypto'
import {lstatSync, readFileSync, readdirSync, readlinkSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const WATCHED = ['examples', 'test/fixtures']

/** Path → sha256 of its content (or of its target, for a symlink, which is not followed). */
export function hashTree(root: string, dirs: string[] = WATCHED): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name)
      const st = lstatSync(full)
      const key = relative(root, full)
      if (st.isDirectory()) {
        out.set(`${key}/`, 'dir')
        walk(full)
      } else if (st.isSymbolicLink()) out.set(key, `link:${readlinkSync(full)}`)
      else out.set(key, createHash('sha256').update(readFileSync(full)).digest('hex'))
    }
  }
  for (const d of dirs) walk(join(root, d))
  return out
}

/** Human-readable differences between two hashings; empty when nothing changed. */
export function compareTrees(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = []
  for (const [k, v] of before) {
    if (!after.has(k)) changes.push(`removed ${k}`)
    else if (after.get(k) !== v) changes.push(`changed ${k}`)
  }
  for (const k of after.keys()) if (!before.has(k)) changes.push(`added ${k}`)
  return changes.sort()
}

export default function setup(): () => void {
  const before = hashTree(ROOT)
  return () => {
    const changes = compareTrees(before, hashTree(ROOT))
    if (changes.length > 0) {
      // vitest only logs an error thrown from a teardown and still exits 0: set the exit code too.
      process.exitCode = 1
      throw new Error(`input files changed during the test run:\n  ${changes.slice(0, 20).join('\n  ')}`)
    }
  }
}
