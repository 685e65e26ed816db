// Where the policy packs shipped with yunwang live, and whether a name is one of them: apart from
// load-policy.ts so that reading yunwang.yaml does not load the policy checks and the rules registry.
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const POLICY_DIR = join(PACKAGE_ROOT, 'seeds', 'policy')

/** A pack shipped with yunwang (seeds/policy/NAME.yaml), named rather than a file. */
export function isShippedPack(name: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/.test(name) && existsSync(join(POLICY_DIR, `${name}.yaml`))
}
