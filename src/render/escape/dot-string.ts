// A Graphviz DOT double-quoted string: backslash and quote escaped, line breaks as DOT's centred \n,
// other control characters (a NUL stops Graphviz with a syntax error) and the bidi embeddings,
// overrides and isolates (which reorder the text around them in an editor and in the drawn label)
// replaced with U+FFFD.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function dotString(s: string): string {
  return `"${s.replaceAll(CONTROL, '\uFFFD').replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll(/\r\n|\r|\n/g, '\\n')}"`
}

/** Text for a DOT comment, which cannot be escaped: one line, no control characters. */
export function dotComment(s: string): string {
  return s.replaceAll(/[\r\n]+/g, ' ').replaceAll(CONTROL, '\uFFFD')
}
