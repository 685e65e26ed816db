// The input schemas under schemas/, the ajv options they are compiled with, and a digest of their text:
// shared by the build (scripts/build-validators.mjs) and the run-time loader, so both agree on all three.
import {createHash} from 'node:crypto'
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'

export const AJV_OPTIONS = {allErrors: true, strict: false, verbose: true} as const

/** The input schema files (not schemas/output/), sorted. */
export function schemaFiles(dir: string): string[] {
  return readdirSync(dir).filter(f => f.endsWith('.schema.json')).sort()
}

/** sha-256 over the files' names and texts: what the generated validators were built from. */
export function schemaDigest(dir: string, files: string[]): string {
  const hash = createHash('sha256')
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(dir, file))).update('\n')
  return hash.digest('hex')
}
