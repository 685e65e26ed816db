// The starter files of `yunwang init`, read from templates/init and filled in for where they land.
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {dirname, join, posix, relative, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {mondayOnOrAfter} from '../core/dates.js'
import {SCHEMA_DIR} from './load-schemas.js'
import type {OutputFile} from './write-output.js'

const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates', 'init')

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).sort().flatMap(name => {
    const rel = prefix ? `${prefix}/${name}` : name
    return statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name), rel) : [rel]
  })
}

/** Files to write under `dir` (relative to cwd); each schema line points from its file to yunwang's schemas. */
export function initFiles(dir: string, cwd: string, values: {lang: string; asOf: string}): OutputFile[] {
  // The plan starts on the first Monday from the evaluation date, so a new inventory never plans in the past;
  // the example blackout is the first National Day holiday after that start.
  const start = mondayOnOrAfter(values.asOf)
  const blackoutYear = String(Number(start.slice(0, 4)) + (start.slice(5) > '10-07' ? 1 : 0))
  return listFiles(TEMPLATE_DIR).map(rel => {
    const path = join(dir, ...rel.split('/'))
    const schemaDir = relative(dirname(resolve(cwd, path)), SCHEMA_DIR).split(sep).join(posix.sep) || '.'
    const content = readFileSync(join(TEMPLATE_DIR, ...rel.split('/')), 'utf8')
      .replaceAll('{{schemaDir}}', schemaDir)
      .replaceAll('{{lang}}', values.lang)
      .replaceAll('{{start}}', start)
      .replaceAll('{{blackoutYear}}', blackoutYear)
    return {path, content}
  })
}
