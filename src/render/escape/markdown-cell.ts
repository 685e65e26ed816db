// Inventory text inside Markdown (GitHub/GitLab job summaries render inline HTML): no markup passes,
// a pipe cannot end a table cell (its backslash cannot be cancelled by one before it), no line break
// splits a row.

const ENTITY: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'}

/** Text for a Markdown paragraph or heading: HTML escaped, line breaks flattened. */
export function markdownText(v: string | number): string {
  return String(v).replaceAll(/[&<>]/g, c => ENTITY[c]).replaceAll(/\r\n|\r|\n/g, ' ')
}

/** Text for a Markdown table cell: as markdownText, and backslash then pipe escaped. */
export function markdownCell(v: string | number): string {
  return markdownText(String(v).replaceAll('\\', '\\\\').replaceAll('|', '\\|'))
}
