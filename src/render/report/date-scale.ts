// A time axis for the trajectory and the Gantt chart: dates to x, and month ticks that fit the width.
import {daysBetween} from '../../core/dates.js'

export interface DateScale {
  x: (date: string) => number
  /** First days of months, thinned so that labels (YYYY-MM) do not collide. */
  ticks: string[]
}

export function dateScale(from: string, to: string, x0: number, x1: number): DateScale {
  const span = Math.max(1, daysBetween(from, to))
  const x = (date: string): number => x0 + ((x1 - x0) * daysBetween(from, date)) / span
  const months: string[] = []
  let y = Number(from.slice(0, 4))
  let m = Number(from.slice(5, 7))
  for (;;) {
    m++
    if (m > 12) {
      m = 1
      y++
    }
    const d = `${y}-${String(m).padStart(2, '0')}-01`
    if (d > to) break
    months.push(d)
  }
  const fit = Math.max(1, Math.floor((x1 - x0) / 52))
  const every = [1, 2, 3, 4, 6, 12].find(n => months.length / n <= fit) ?? 12
  return {x, ticks: months.filter(d => (Number(d.slice(5, 7)) - 1) % every === 0)}
}
