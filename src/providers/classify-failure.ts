import { APICallError, InvalidResponseDataError, JSONParseError, RetryError, TypeValidationError } from "ai";
import { isPyarenaError } from "../core/pyarena-error.js";
import { retryAfterMs } from "./retry-after.js";

/**
 * What went wrong in one try, reduced to what the retry loop needs. `kind` picks the error code
 * when we give up: http and network → PROVIDER_HTTP, stall → PROVIDER_STALL, protocol →
 * PROVIDER_PROTOCOL, not-found → MODEL_NOT_AVAILABLE.
 */
export interface AttemptFailure {
  readonly kind: "http" | "network" | "stall" | "protocol" | "not-found";
  readonly message: string;
  readonly status?: number;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
}

/** Socket-level failures: the server restarted, a proxy dropped us. Worth another try. */
const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/** Finds a socket error code anywhere in a cause chain (undici nests them two deep). */
function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && NETWORK_CODES.has(code)) return code;
    // undici reports a body cut short as TypeError("terminated") and a failed connect as "fetch failed".
    if (current instanceof TypeError && /^(terminated|fetch failed)$/.test(current.message)) {
      const deeper = networkCode(current.cause);
      return deeper ?? current.message;
    }
    current = current.cause;
  }
  return undefined;
}

/** 408 timeout, 409 conflict, 429 rate limit and 5xx are transient; other 4xx are our fault. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

function fromApiCallError(error: APICallError): AttemptFailure {
  const status = error.statusCode;
  if (status === undefined) {
    const code = networkCode(error.cause) ?? "connection failed";
    return { kind: "network", message: `${code}: ${error.message} (${error.url})`, retryable: true };
  }
  if (status >= 200 && status < 300) {
    // The SDK reads a streamed body as part of "processing a successful response".
    const code = networkCode(error.cause);
    if (code !== undefined) {
      return { kind: "network", message: `${code}: connection lost mid-stream`, retryable: true };
    }
    return {
      kind: "protocol",
      message: `unexpected response: ${describe(error.cause ?? error)}`,
      retryable: false,
    };
  }
  const wait = retryAfterMs(error.responseHeaders);
  return {
    kind: status === 404 ? "not-found" : "http",
    message: `HTTP ${status}: ${error.message}`,
    status,
    retryable: isRetryableStatus(status),
    ...(wait === undefined ? {} : { retryAfterMs: wait }),
  };
}

/** Turns whatever one try threw (AI SDK errors, undici errors, our stall) into a decision. */
export function classifyFailure(error: unknown): AttemptFailure {
  if (RetryError.isInstance(error)) return classifyFailure(error.lastError);
  if (isPyarenaError(error, "PROVIDER_STALL")) {
    return { kind: "stall", message: error.message, retryable: true };
  }
  if (APICallError.isInstance(error)) return fromApiCallError(error);
  const code = networkCode(error);
  if (code !== undefined) {
    return { kind: "network", message: `${code}: connection lost (${describe(error)})`, retryable: true };
  }
  if (
    JSONParseError.isInstance(error) ||
    TypeValidationError.isInstance(error) ||
    InvalidResponseDataError.isInstance(error)
  ) {
    return { kind: "protocol", message: `unexpected response: ${describe(error)}`, retryable: false };
  }
  return { kind: "protocol", message: `error from the provider: ${describe(error)}`, retryable: false };
}
