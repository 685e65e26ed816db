#!/usr/bin/env node
// `yunwang --version` is answered here, as oclif words it (name/version platform-arch node-version), without
// loading oclif: loading it is most of that command's start-up. Everything else, and a machine where
// oclif would call the platform `wsl`, goes through oclif.
import {readFileSync} from 'node:fs'
import {arch, platform, release} from 'node:os'

function versionLine() {
  if (process.argv.length !== 3 || process.argv[2] !== '--version') return undefined
  const os = platform()
  if (os === 'linux') {
    let proc = ''
    try {
      proc = readFileSync('/proc/version', 'utf8')
    } catch {}
    if (/microsoft/i.test(release()) || /microsoft/i.test(proc)) return undefined
  }
  const pjson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  return `${pjson.name}/${pjson.version} ${os}-${arch() === 'ia32' ? 'x86' : arch()} node-${process.version}\n`
}

const line = versionLine()
if (line === undefined) {
  // oclif checks, when it is imported, that Node satisfies oclif's own engines range (>=18), loading
  // semver for it (48 modules, 15 ms). yunwang's engines field asks for more (>=20.19), so the check
  // can never fire where yunwang runs; it is switched off unless the user has set the variable.
  process.env.OCLIF_DISABLE_ENGINE_WARNING ??= 'true'
  // oclif's entry points are imported one by one (here and in dist/: execute, command, flags, args,
  // errors), never its index, which loads help, ux and the rest: 108 modules instead of 158.
  const {execute} = await import('@oclif/core/execute')
  await execute({dir: import.meta.url})
} else process.stdout.write(line)
