// The product parses YAML with js-yaml's CommonJS build (the ES-module build is about twice as slow on
// Node 20), and every module takes it from src/io/js-yaml.ts so a direct import cannot slip back in.
import {readFileSync, readdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import * as esm from 'js-yaml'
import {YAMLException, load} from '../../src/io/js-yaml.js'
import {parseSource} from '../../src/io/parse-source.js'
import {ROOT} from '../helpers/run-cli.js'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap(e => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return e.name.endsWith('.ts') ? [path] : []
  })
}

describe('js-yaml build', () => {
  it('is the CommonJS build, not the ES-module one', () => {
    const cjs = createRequire(join(ROOT, 'package.json'))('js-yaml') as typeof esm
    expect(load).toBe(cjs.load)
    expect(load).not.toBe(esm.load)
  })

  it('is imported by value nowhere in src/ (src/io/js-yaml.ts requires it)', () => {
    const direct = sourceFiles(join(ROOT, 'src'))
      .filter(file => /^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s*['"]js-yaml['"]|(?<!typeof )\bimport\(\s*['"]js-yaml['"]/m.test(readFileSync(file, 'utf8')))
      .map(file => relative(ROOT, file).split('\\').join('/'))
    expect(direct).toEqual([])
  })

  it('throws its own YAMLException, so a syntax error keeps its position', () => {
    expect(() => load('a: [1, 2\nb: 3\n')).toThrow(YAMLException)
    const parsed = parseSource({file: 'bad.yaml', text: 'apiVersion: yunwang/v1\nkind: [\n'})
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.problem.code).toBe('YAML_SYNTAX')
      expect(parsed.problem.position.line).toBe(3)
    }
  })
})
