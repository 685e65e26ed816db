// The direction of imports: commands → core/io/render, never back; the core knows neither io nor render.
import {readFileSync, readdirSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from './helpers/run-cli.js'

const SRC = join(ROOT, 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap(e => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return e.name.endsWith('.ts') ? [path] : []
  })
}

/** Every module a file names: static imports and re-exports (type-only too) and dynamic import(). */
function importedModules(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ]
  return specifiers.map(m => m[1])
}

/** The path under src/ that a relative specifier of `file` resolves to, or undefined for a package. */
function resolveInSrc(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  return relative(SRC, resolve(dirname(file), specifier)).split('\\').join('/')
}

function forbiddenImports(layer: string, forbidden: string[]): string[] {
  const found: string[] = []
  for (const file of sourceFiles(join(SRC, layer))) {
    for (const specifier of importedModules(readFileSync(file, 'utf8'))) {
      const target = resolveInSrc(file, specifier)
      if (target !== undefined && forbidden.some(f => target === f || target.startsWith(`${f}/`))) found.push(`${relative(ROOT, file)} → ${specifier}`)
    }
  }
  return found.sort()
}

describe('layering', () => {
  it('finds every kind of import statement', () => {
    const source = [
      "import type {A} from '../commands/a.js'",
      "import {B,\n  C} from '../commands/b.js'",
      "export type {D} from '../commands/d.js'",
      "export * from '../commands/e.js'",
      "import '../commands/f.js'",
      "const g = await import('../commands/g.js')",
    ].join('\n')
    expect(importedModules(source)).toEqual(['../commands/a.js', '../commands/b.js', '../commands/d.js', '../commands/e.js', '../commands/f.js', '../commands/g.js'])
  })

  it('keeps formatters from knowing commands', () => {
    expect(forbiddenImports('render', ['commands', 'base-command.js'])).toEqual([])
  })

  it('keeps the core free of commands, io and render', () => {
    expect(forbiddenImports('core', ['commands', 'base-command.js', 'io', 'render'])).toEqual([])
  })
})
