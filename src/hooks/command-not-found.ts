// oclif's command_not_found hook: a mistyped command gets the nearest one as a suggestion, exit 2,
// without the interactive prompt of @oclif/plugin-not-found (CI and scripts cannot answer it).
import type {Hook} from '@oclif/core'
import {EXIT} from '../core/errors.js'
import {nearest} from '../core/text/nearest.js'
import {type Lang, langFromEnv, t} from '../i18n/index.js'
import {readProjectConfig} from '../io/project-config.js'
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

/**
 * The message goes to stderr, also under --json: a command that does not exist has no JSON contract, and
 * tools that look for oclif's "command … not found" on stderr keep finding it.
 */
const hook: Hook.CommandNotFound = async function (opts) {
  const argv = opts.argv ?? []
  const lang = langOf(argv)
  const ids = opts.config.commands.filter(c => !c.hidden).map(c => c.id)
  // With spaces between topics, oclif joins the words that follow a command into its id ("status:inventory").
  const segments = opts.id.split(':')
  const topic = segments.findIndex((_, i) => !ids.some(id => id.startsWith(`${segments.slice(0, i + 1).join(':')}:`)))
  const id = segments.slice(0, topic === -1 ? segments.length : topic + 1).join(' ')
  const suggestion = nearest(id, ids.map(c => c.replaceAll(':', ' ')))
  const message = t(lang, 'error.UNKNOWN_COMMAND', {id, bin: opts.config.bin})
    + (suggestion === undefined ? '' : t(lang, 'error.suggestion', {suggestion}))
  process.exitCode = EXIT.input
  process.stderr.write(`${opts.config.bin}: ${message}\n`)
}

export default hook
