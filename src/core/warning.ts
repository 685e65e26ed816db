// The one shape of a warning in every command's --json output: {code, message, ...data}.

/** A warning as --json gives it: a stable upper-case code, the message in the output language, its facts. */
export interface WarningJson {
  code: string
  message: string
  [fact: string]: unknown
}

/** Code and message first, then the facts as fields of their own (a fact never replaces code or message). */
export function warningJson(code: string, message: string, data: Record<string, unknown> = {}): WarningJson {
  const w: WarningJson = {code, message}
  for (const [k, v] of Object.entries(data)) if (k !== 'code' && k !== 'message' && v !== undefined) w[k] = v
  return w
}
