// Turns offsets in a source text into 1-based lines and columns (columns count characters, so CJK text lines up).

export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  at(offset: number): {line: number; column: number} {
    const o = Math.max(0, Math.min(offset, this.text.length))
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= o) lo = mid
      else hi = mid - 1
    }
    return {line: lo + 1, column: [...this.text.slice(this.starts[lo], o)].length + 1}
  }
}
