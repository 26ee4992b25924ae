/** Stable machine-readable codes; scripts and tests match on these, never on message text. */
export type ErrorCode =
  | "SUITE_INVALID"
  | "SUITE_NOT_FOUND"
  | "TASK_NOT_FOUND"
  | "SANDBOX_UNAVAILABLE"
  | "SANDBOX_SETUP"
  | "INTERPRETER_NOT_FOUND"
  | "IMPORT_FAILED"
  | "USAGE"
  | "ABORTED"
  | "MODEL_SPEC_INVALID"
  | "MODEL_KEY_MISSING"
  | "MODEL_NOT_AVAILABLE"
  | "PROVIDER_HTTP"
  | "PROVIDER_STALL"
  | "PROVIDER_PROTOCOL"
  | "DOWNLOAD_FAILED"
  | "STORE"
  | "RUN_NOT_FOUND"
  | "ANALYSER_FAILED";

/**
 * The one error class of pyarena. Only infrastructure failures are thrown; what candidate code
 * does (crash, timeout, wrong answer) is returned as a value, never thrown.
 */
export class PyarenaError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly string[];

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; details?: readonly string[] } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "PyarenaError";
    this.code = code;
    this.details = options.details ?? [];
  }
}

export function isPyarenaError(value: unknown, code?: ErrorCode): value is PyarenaError {
  return value instanceof PyarenaError && (code === undefined || value.code === code);
}
