// A binary min-heap of numbers in their natural order: the scheduler's ready and pending queues, whose
// entries are numeric keys (a rank, or a wave and a rank folded into one number), so no comparator is called.

export class NumberHeap {
  private readonly items: number[] = []

  get size(): number {
    return this.items.length
  }

  peek(): number | undefined {
    return this.items[0]
  }

  push(x: number): void {
    const a = this.items
    let i = a.length
    a.push(x)
    while (i > 0) {
      const p = (i - 1) >> 1
      const up = a[p]
      if (up <= x) break
      a[i] = up
      i = p
    }
    a[i] = x
  }

  pop(): number | undefined {
    const a = this.items
    if (a.length === 0) return undefined
    const top = a[0]
    const last = a.pop()!
    const n = a.length
    if (n > 0) {
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= n) break
        const r = l + 1
        const m = r < n && a[r] < a[l] ? r : l
        if (a[m] >= last) break
        a[i] = a[m]
        i = m
      }
      a[i] = last
    }
    return top
  }
}
