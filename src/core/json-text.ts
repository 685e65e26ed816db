// A value that writes its own JSON text: exactly what `JSON.stringify(value, null, 2)` gives, its lines
// after the first indented by `indent`. For values written by the hundred thousand (check's findings),
// where building an object per value for JSON.stringify to walk costs more than the text itself;
// io/write-json.ts uses it where a value has it.
export const jsonText: unique symbol = Symbol('jsonText')

export interface HasJsonText {
  [jsonText](indent: string): string
}

export function hasJsonText(v: unknown): v is HasJsonText {
  return v !== null && typeof v === 'object' && typeof (v as Partial<HasJsonText>)[jsonText] === 'function'
}

/** `JSON.stringify(value, null, 2)`'s text with its lines after the first indented by `indent`. */
export function indentedJson(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2)
  return indent === '' || !text.includes('\n') ? text : text.replaceAll('\n', `\n${indent}`)
}

/**
 * indentedJson for the small records a finding holds (strings, numbers, lists and records of them),
 * spelled out here: JSON.stringify with an indent takes V8's slow path, a cost paid per call. Anything
 * else is handed to indentedJson.
 */
export function smallJson(value: unknown, indent: string): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) return JSON.stringify(value)
  if (typeof value !== 'object' || typeof (value as {toJSON?: unknown}).toJSON === 'function') return indentedJson(value, indent)
  const inner = `${indent}  `
  let out = ''
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    for (let k = 0; k < value.length; k++) {
      const x: unknown = value[k]
      // JSON.stringify writes null for what it cannot write inside a list.
      const text = x === undefined || typeof x === 'function' || typeof x === 'symbol' ? 'null' : smallJson(x, inner)
      out += `${k === 0 ? '' : ','}\n${inner}${text}`
    }
    return `[${out}\n${indent}]`
  }
  let first = true
  for (const key of Object.keys(value)) {
    const x = (value as Record<string, unknown>)[key]
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue
    out += `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: ${smallJson(x, inner)}`
    first = false
  }
  return first ? '{}' : `{${out}\n${indent}}`
}
