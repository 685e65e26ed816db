// oclif's command_not_found hook: a mistyped command gets the nearest one as a suggestion, exit 2,
// without the interactive prompt of @oclif/plugin-not-found (CI and scripts cannot answer it).
import type {Hook} from '@oclif/core'
import {EXIT} from '../core/errors.js'
import {nearest} from '../core/text/nearest.js'
import {type Lang, langFromEnv, t} from '../i18n/index.js'
import {readProjectConfig} from '../io/project-config.js'
import {writeJson} from '../io/write-json.js'
import {langFlag} from '../usage-error.js'

/** --lang from the command line, else yunwang.yaml's lang (when it reads), else the environment. */
function langOf(argv: string[]): Lang {
  const flag = langFlag(argv)
  if (flag) return flag
  try {
    const project = readProjectConfig(process.cwd())?.lang
    if (project) return project
  } catch {
    // A broken yunwang.yaml is reported by the command that reads it, not here.
  }
  return langFromEnv(process.env)
}

const hook: Hook.CommandNotFound = async function (opts) {
  const argv = opts.argv ?? []
  const lang = langOf(argv)
  const shown = (id: string) => id.replaceAll(':', ' ')
  const commands = opts.config.commands.filter(c => !c.hidden).map(c => shown(c.id))
  const id = shown(opts.id)
  const suggestion = nearest(id, commands)
  const message = t(lang, 'error.UNKNOWN_COMMAND', {id, bin: opts.config.bin})
    + (suggestion === undefined ? '' : t(lang, 'error.suggestion', {suggestion}))
  process.exitCode = EXIT.input
  if (argv.includes('--json')) {
    writeJson({error: {code: 'UNKNOWN_COMMAND', message, exitCode: EXIT.input, ...(suggestion === undefined ? {} : {suggestion})}}, chunk => process.stdout.write(chunk))
  } else {
    process.stderr.write(`${opts.config.bin}: ${message}\n`)
  }
}

export default hook
