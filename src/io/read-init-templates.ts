// The starter files of `yunwang init`, read from templates/init and filled in for where they land.
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {dirname, join, posix} from 'node:path'
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

/** Where `init` copies the input schemas, inside the project, so that `$schema` lines hold on every machine. */
export const PROJECT_SCHEMA_DIR = '.yunwang/schemas'
const SCHEMAS = ['common', 'network-inventory', 'node-inventory', 'plan-config', 'project-config', 'system-inventory']

/**
 * Files to write under `dir`. Each schema line points from its file to the copy of yunwang's schemas in
 * the project (`.yunwang/schemas/`, skipped by the inventory reader as a dot folder), never to where
 * yunwang happens to be installed; `init --force` refreshes the copy.
 */
export function initFiles(dir: string, values: {asOf: string}): OutputFile[] {
  // The plan starts on the first Monday from the evaluation date, so a new inventory never plans in the past;
  // the example blackout is the first National Day holiday after that start.
  const start = mondayOnOrAfter(values.asOf)
  const blackoutYear = String(Number(start.slice(0, 4)) + (start.slice(5) > '10-07' ? 1 : 0))
  const schemas = SCHEMAS.map(name => ({
    path: join(dir, ...PROJECT_SCHEMA_DIR.split('/'), `${name}.schema.json`),
    content: readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8'),
  }))
  const templates = listFiles(TEMPLATE_DIR).map(rel => {
    const path = join(dir, ...rel.split('/'))
    const schemaDir = posix.relative(posix.dirname(rel), PROJECT_SCHEMA_DIR)
    const content = readFileSync(join(TEMPLATE_DIR, ...rel.split('/')), 'utf8')
      .replaceAll('{{schemaDir}}', schemaDir)
      .replaceAll('{{start}}', start)
      .replaceAll('{{blackoutYear}}', blackoutYear)
    return {path, content}
  })
  return [...schemas, ...templates]
}
