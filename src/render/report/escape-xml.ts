// Inventory strings go into HTML text, attributes and SVG: names may hold <, &, and quotes.

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!)
}

/** SVG coordinates with at most one decimal, so that output is stable and small. */
export function num(n: number): string {
  return String(Math.round(n * 10) / 10)
}
