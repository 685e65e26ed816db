// A `--region` slice: which region codes it holds. A province code holds everything, a city code its
// own code and its counties' (same first four digits), a county code itself.

export type SliceLevel = 'province' | 'city' | 'county'

export interface RegionSlice {
  code: string
  level: SliceLevel
  /** Whether a record with this region is in the slice; a record with no region (a node may have none) only in a province slice. */
  has: (region: string | undefined) => boolean
}

export function regionSlice(code: string): RegionSlice {
  if (code.endsWith('0000')) return {code, level: 'province', has: () => true}
  if (code.endsWith('00')) {
    const prefix = code.slice(0, 4)
    return {code, level: 'city', has: r => r !== undefined && r.startsWith(prefix)}
  }
  return {code, level: 'county', has: r => r === code}
}
