// Ranks for a league table: standard competition ranking ("1224") on a rate, highest first. Two rates are
// equal when their fractions are (a/b = c/d compared as a·d = c·b, never as rounded floats), and equal rates
// share a rank; the next rank skips as many places as shared it. A row with no data (denominator 0), or one
// not competing (the province's own group), gets no rank.

export interface RankInput {
  numerator: number
  denominator: number
  /** False for a row shown but not ranked. */
  competes: boolean
}

export function rankByRate(rows: readonly RankInput[]): Array<number | null> {
  const ranked = rows.map((r, i) => ({r, i})).filter(x => x.r.competes && x.r.denominator > 0)
  const better = (a: RankInput, b: RankInput) => a.numerator * b.denominator - b.numerator * a.denominator
  ranked.sort((x, y) => better(y.r, x.r) || x.i - y.i)
  const out: Array<number | null> = rows.map(() => null)
  ranked.forEach((x, k) => {
    const prev = ranked[k - 1]
    out[x.i] = prev && better(prev.r, x.r) === 0 ? out[prev.i] : k + 1
  })
  return out
}
