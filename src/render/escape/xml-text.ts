// Text and attribute values for every XML writer (JUnit, GraphML) and for HTML/SVG: markup escaped,
// and the characters XML 1.0 cannot carry even escaped (most C0 controls, U+FFFE/U+FFFF, lone
// surrogates) replaced with U+FFFD, so that the file parses and the reader sees that something was there.

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const ENTITY: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** Safe both as element text and inside a single- or double-quoted attribute. */
export function xmlText(v: string | number): string {
  return String(v).replaceAll(FORBIDDEN, '\uFFFD').replaceAll(/[&<>"']/g, c => ENTITY[c])
}
