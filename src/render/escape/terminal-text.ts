// Inventory text on a terminal: control characters (ESC starting a colour, title or clear-screen
// sequence, C1 controls, DEL) and bidirectional overrides are shown as visible symbols instead of
// being obeyed, so a name cannot repaint the screen, reorder the text around it or forge a line.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

function visible(c: string): string {
  if (c === '\t') return '⇥'
  if (c === '\n') return '↵'
  if (c === '\r') return '↵'
  const code = c.codePointAt(0)!
  // U+2400.. are the Control Pictures (␀ ␛ …); C1 controls and bidi controls have none: spelt out.
  if (code < 0x20) return String.fromCodePoint(0x2400 + code)
  if (code === 0x7f) return '␡'
  return `\\u${code.toString(16).padStart(4, '0')}`
}

/** One cell or value: every control character visible, including tab and line breaks. */
export function terminalText(s: string): string {
  return s.replaceAll(CONTROL, visible)
}

/** A block of output: lines stay lines; every other control character made visible. */
export function terminalLines(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replaceAll(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, visible)
}
