// Reads an --map file: a YAML mapping of survey header → inventory field (null leaves a column out),
// for survey layouts whose headers yunwang does not know.
import {YunwangError, problem} from '../core/errors.js'
import {IMPORT_FIELDS, type ImportKind} from '../core/import/import-fields.js'
import {placeProblems} from './load-inventory.js'
import {escapePointer} from './locate-pointers.js'
import {parseSource} from './parse-source.js'
import {readSource} from './read-source.js'

export function readImportMap(file: string, cwd: string, kind: ImportKind): Record<string, string | null> {
  const src = readSource(file, cwd)
  if ('code' in src) throw new YunwangError('INVALID_INPUT', {}, [src])
  const parsed = parseSource(src)
  if (!parsed.ok) throw new YunwangError('INVALID_INPUT', {}, [parsed.problem])
  const value = parsed.value
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new YunwangError('INVALID_INPUT', {}, placeProblems([problem('BAD_MAP_FILE', src.file, '')], cwd))
  }
  const fields = new Set(IMPORT_FIELDS[kind].map(f => f.path))
  const map: Record<string, string | null> = Object.create(null) as Record<string, string | null>
  for (const [header, field] of Object.entries(value)) {
    if (field !== null && (typeof field !== 'string' || !fields.has(field))) {
      const bad = problem('BAD_MAP_ENTRY', src.file, `/${escapePointer(header)}`, {header, field: JSON.stringify(field), kind, fields: [...fields]})
      throw new YunwangError('INVALID_INPUT', {}, placeProblems([bad], cwd))
    }
    map[header] = field
  }
  return map
}
