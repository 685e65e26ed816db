// "Did you mean …?": the closest candidate to a misspelt word, when one is close enough to be a typo.
import {distance} from 'fastest-levenshtein'

export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3))
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > limit) continue
    const d = c.toLowerCase() === word.toLowerCase() ? 0.5 : distance(word, c)
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c
      bestDistance = d
    }
  }
  return bestDistance <= limit ? best : undefined
}
