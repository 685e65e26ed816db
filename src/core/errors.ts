// The one error type, the problem record every check produces, and the exit-code table.

/** Stable codes for every problem yunwang reports; tests and `--json` consumers rely on them. */
export type ProblemCode =
  | 'PATH_NOT_FOUND' | 'NO_INPUT' | 'READ_ERROR' | 'SYMLINK_LOOP' | 'FILE_TOO_LARGE' | 'BINARY_FILE'
  | 'BAD_ENCODING' | 'EMPTY_FILE' | 'YAML_SYNTAX' | 'JSON_SYNTAX' | 'DUPLICATE_KEY' | 'TOO_DEEP'
  | 'ALIAS_LIMIT' | 'MULTI_DOCUMENT' | 'NOT_A_MAPPING' | 'UNKNOWN_KIND' | 'BAD_API_VERSION'
  | 'UNKNOWN_FIELD' | 'MISSING_FIELD' | 'WRONG_TYPE' | 'BAD_VALUE' | 'BAD_ID' | 'BAD_DATE'
  | 'BAD_REGION' | 'BAD_CIDR' | 'OUT_OF_RANGE' | 'DUPLICATE_ID' | 'UNKNOWN_NODE' | 'UNKNOWN_NETWORK'
  | 'UNKNOWN_SYSTEM' | 'SELF_DEPENDENCY' | 'INVERTED_RANGE' | 'MULTIPLE_PLAN_CONFIGS' | 'TOO_MANY_ERRORS'
  | 'UNKNOWN_RULE' | 'UNKNOWN_ROLE' | 'RULE_ID_TAKEN' | 'NO_BASE_ENTRY' | 'NOT_A_FILE' | 'PATH_OUTSIDE_PROJECT' | 'BAD_EXTENDS' | 'EXTENDS_CYCLE' | 'SCOPED_BASE' | 'SCOPED_TARGET_ID' | 'SCOPED_FIELD'
  | 'EXTENDS_TOO_DEEP' | 'BAD_MAP_FILE' | 'BAD_MAP_ENTRY' | 'FULLWIDTH_COLON' | 'FULLWIDTH_SPACE'
  | 'TOO_MANY_PLACEHOLDERS' | 'ALIAS_TOO_LONG'
  | 'BAD_WORKBOOK' | 'WORKBOOK_TOO_LARGE' | 'WORKBOOK_DTD' | 'WORKBOOK_TOO_MANY_CELLS' | 'BAD_CSV_ENCODING'
  | 'DUPLICATE_MEASUREMENT' | 'MEASUREMENT_SHAPE' | 'MEASUREMENT_SCOPE' | 'UNKNOWN_INDICATOR' | 'MEASUREMENT_RANGE'

/** Where a problem is: `pointer` is a JSON pointer into the file; line and column are 1-based. */
export interface Position {
  file: string
  pointer: string
  line?: number
  column?: number
}

/** Which part of the addressed YAML node a position should name. */
export type Anchor = 'key' | 'value'

export interface Problem {
  code: ProblemCode
  position: Position
  anchor: Anchor
  /** Facts the message and hint are filled with; `related` positions are resolved like the main one. */
  data: Record<string, string | number | string[]>
  related?: Position
}

export type ErrorCode = ProblemCode | 'INVALID_INPUT' | 'BAD_FLAG' | 'NOT_FOUND_ID' | 'WRITE_EXISTS' | 'DATE_OUT_OF_RANGE' | 'INTERNAL'
  | 'BAD_REVISION' | 'GIT_PATH_OUTSIDE_REPO' | 'WRITE_NOT_A_FILE' | 'WRITE_SYMLINK'
  | 'UNKNOWN_FLAG' | 'MISSING_ARGUMENT' | 'UNEXPECTED_ARGUMENT' | 'UNKNOWN_COMMAND'
  | 'WRITE_FAILED' | 'GIT_FAILED' | 'UNSUPPORTED_FORMAT' | 'SHEET_NOT_FOUND'
  | 'UNKNOWN_REGION' | 'AMBIGUOUS_REGION' | 'MERGE_JSON' | 'MERGE_INVALID'

export class YunwangError extends Error {
  readonly code: ErrorCode
  readonly data: Record<string, string | number | string[]>
  readonly problems: Problem[]

  constructor(code: ErrorCode, data: Record<string, string | number | string[]> = {}, problems: Problem[] = []) {
    super(code)
    this.name = 'YunwangError'
    this.code = code
    this.data = data
    this.problems = problems
  }
}

/** Exit codes: 0 clean, 1 findings at or above --fail-on, 2 invalid input or usage, 3 a defect in yunwang. */
export const EXIT = {ok: 0, findings: 1, input: 2, internal: 3} as const

export function exitCodeFor(code: ErrorCode): number {
  return code === 'INTERNAL' ? EXIT.internal : EXIT.input
}

export function problem(
  code: ProblemCode,
  file: string,
  pointer: string,
  data: Problem['data'] = {},
  anchor: Anchor = 'value',
): Problem {
  return {code, position: {file, pointer}, anchor, data}
}
