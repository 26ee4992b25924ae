/** Error codes that mean "no network path to the server", as opposed to a server that said no. */
const OFFLINE_CODES = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ECONNRESET",
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
]);

/** What went wrong with a request, found in undici's nested causes (fetch only says "fetch failed"). */
export interface NetworkFailure {
  readonly code: string | undefined;
  readonly offline: boolean;
  readonly text: string;
}

/** Finds the errno-style code in an error chain, so offline machines get an answer they can act on. */
export function describeNetworkError(error: unknown): NetworkFailure {
  let code: string | undefined;
  let text = error instanceof Error ? error.message : String(error);
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const own = (current as NodeJS.ErrnoException).code;
    if (typeof own === "string") {
      code = own;
      text = current.message;
    }
    const aggregate = (current as { errors?: unknown[] }).errors;
    const first = Array.isArray(aggregate) ? aggregate[0] : undefined;
    current = current.cause ?? first;
  }
  return { code, offline: code !== undefined && OFFLINE_CODES.has(code), text };
}
