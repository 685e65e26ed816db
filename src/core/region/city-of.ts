// The prefecture-level city a GB/T 2260 code belongs to, for rolling counties up to their city.

/**
 * A county or district (`320722` 东海县) → its city (`320700` 连云港市); a city → itself; a province
 * (`320000`) → itself. GB/T 2260 codes carry their parents in their digits (2 province, 2 city, 2 county),
 * so this needs no table and answers the same for a code the shipped tables do not list.
 */
export function cityOf(code: string): string {
  if (code.endsWith('0000')) return code
  return `${code.slice(0, 4)}00`
}
