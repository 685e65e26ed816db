// Turns offsets in a source text into 1-based lines and columns (columns count characters, so CJK text lines up).
// The text is indexed once — line starts, and where the surrogate pairs are — so placing k offsets in a
// text of n UTF-16 units costs O(n + k log n), even when every offset is on one 7 MB line.

const upperBound = (xs: readonly number[], value: number): number => {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (xs[mid] <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}

export class LineIndex {
  private readonly starts: number[] = [0]
  /** Offsets of the high halves of surrogate pairs (one character, two units), found on first use. */
  private pairs: number[] | undefined

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  at(offset: number): {line: number; column: number} {
    const o = Math.max(0, Math.min(offset, this.text.length))
    const line = upperBound(this.starts, o) - 1
    const start = this.starts[line]
    // A pair counts as one character when both halves lie before o (as iterating text.slice(start, o) counts it).
    this.pairs ??= LineIndex.findPairs(this.text)
    const pairsBefore = upperBound(this.pairs, o - 2) - upperBound(this.pairs, start - 1)
    return {line: line + 1, column: o - start - pairsBefore + 1}
  }

  private static findPairs(text: string): number[] {
    const out: number[] = []
    const re = /[\ud800-\udbff][\udc00-\udfff]/g
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index)
    return out
  }
}
