// A spinner on stderr naming the phase and the records read, for work that takes more than about a
// second, and only on an interactive terminal: never under --json, in CI, with NO_COLOR, or when piped.
// Loading is synchronous, so frames are drawn from the progress callbacks rather than a timer.
import ora, {type Ora} from 'ora'

const SHOW_AFTER_MS = 1000
const FRAME_MS = 80

export interface Progress {
  update(text: string): void
  stop(): void
}

export function progressEnabled(json: boolean, env: Record<string, string | undefined>, stderrIsTty: boolean): boolean {
  return !json && stderrIsTty && !env.CI && env.NO_COLOR === undefined && env.TERM !== 'dumb'
}

export function startProgress(enabled: boolean, now: () => number = () => performance.now()): Progress {
  if (!enabled) return {update() {}, stop() {}}
  const started = now()
  let spinner: Ora | undefined
  let last = 0
  return {
    update(text) {
      const t = now()
      if (t - started < SHOW_AFTER_MS || t - last < FRAME_MS) return
      last = t
      spinner ??= ora({stream: process.stderr, discardStdin: false})
      spinner.text = text
      spinner.render()
    },
    stop() {
      spinner?.stop()
    },
  }
}
