/** SVG coordinates with at most one decimal, so that output is stable and small. */
export function num(n: number): string {
  return String(Math.round(n * 10) / 10)
}
