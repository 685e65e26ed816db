// Inventory text inside a Mermaid flowchart: entities for what its parser reads, one line, no controls
// and no bidi overrides (GitHub and GitLab draw it in a web page).

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/** Text safe inside a quoted Mermaid label: Mermaid's #code; entities for the characters it parses. */
export function mermaidText(s: string): string {
  return s
    .replaceAll('#', '#35;')
    .replaceAll('&', '#amp;')
    .replaceAll('"', '#quot;')
    .replaceAll('[', '#91;')
    .replaceAll(']', '#93;')
    .replaceAll('(', '#40;')
    .replaceAll(')', '#41;')
    .replaceAll('{', '#123;')
    .replaceAll('}', '#125;')
    .replaceAll('<', '#lt;')
    .replaceAll('>', '#gt;')
    .replaceAll('|', '#124;')
    .replaceAll(/[\r\n]+/g, ' ')
    .replaceAll(CONTROL, '\uFFFD')
}

/** A %% comment: one line, no control characters. */
export function mermaidComment(s: string): string {
  return s.replaceAll(/[\r\n]+/g, ' ').replaceAll(CONTROL, '\uFFFD')
}
