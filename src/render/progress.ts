// A spinner on stderr naming the phase and the records read, for work that takes more than about a
// second, and only on an interactive terminal: never under --json, in CI, with NO_COLOR, or when piped.
// Loading is synchronous, so frames are drawn from the progress callbacks rather than a timer.
// ora is imported only when a spinner can be shown, so piped and CI runs do not pay for loading it.
import type {Ora} from 'ora'

export type OraFactory = typeof import('ora').default

const SHOW_AFTER_MS = 1000
const FRAME_MS = 80

export interface Progress {
  update(text: string): void
  stop(): void
}

/**
 * A terminal that reports no width (some pseudo-terminals do) is treated as no terminal: ora divides
 * by the width to count the lines it clears.
 */
export function progressEnabled(json: boolean, env: Record<string, string | undefined>, stderrIsTty: boolean, columns = 80): boolean {
  return !json && stderrIsTty && columns >= 20 && !env.CI && env.NO_COLOR === undefined && env.TERM !== 'dumb'
}

export async function loadSpinner(enabled: boolean): Promise<OraFactory | undefined> {
  return enabled ? (await import('ora')).default : undefined
}

/** `started` is when the work began (default now): a phase late in a long command shows at once. */
export function startProgress(ora: OraFactory | undefined, now: () => number = () => performance.now(), started = now(), stream: NodeJS.WritableStream = process.stderr): Progress {
  if (!ora) return {update() {}, stop() {}}
  let spinner: Ora | undefined
  let last = 0
  return {
    update(text) {
      const t = now()
      if (t - started < SHOW_AFTER_MS || t - last < FRAME_MS) return
      last = t
      spinner ??= ora({stream, discardStdin: false})
      spinner.text = text
      spinner.render()
    },
    stop() {
      spinner?.stop()
    },
  }
}
