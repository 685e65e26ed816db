// Inventory text inside Markdown (GitHub/GitLab job summaries render inline HTML): no markup passes,
// a pipe cannot end a table cell (its backslash cannot be cancelled by one before it), no line break
// splits a row, no emphasis, code span, link or strikethrough comes from inventory text (a backslash
// before the punctuation that starts them), and control characters are shown as on a terminal
// (escape/terminal-text.ts).
import {terminalText} from './terminal-text.js'

const ENTITY: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'}

/** Text for a Markdown paragraph or heading: HTML escaped, inline markup escaped, line breaks flattened, controls visible. */
export function markdownText(v: string | number): string {
  return terminalText(
    String(v)
      .replaceAll(/[\\`*_[\]~]/g, c => `\\${c}`)
      .replaceAll(/[&<>]/g, c => ENTITY[c])
      .replaceAll(/\r\n|\r|\n/g, ' '),
  )
}

/** Text for a Markdown table cell: as markdownText, and the pipe escaped (after the backslash, so none cancels it). */
export function markdownCell(v: string | number): string {
  return markdownText(v).replaceAll('|', '\\|')
}
