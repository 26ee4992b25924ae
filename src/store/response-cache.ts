import { createHash } from "node:crypto";
import type {
  ChatMessage,
  GenerationParameters,
  ModelResponse,
  TokenSource,
} from "../core/language-model.js";
import type { StoredResponse } from "../core/run-record.js";
import type { Store } from "./store.js";

/** What makes two requests the same request: the same answer may be reused for it. */
export interface CacheKeyParts {
  readonly model: string;
  readonly parameters: GenerationParameters;
  readonly messages: readonly ChatMessage[];
  readonly sampleIndex: number;
}

/** Stable across processes and key order, so a rerun finds what an earlier run stored. */
export function responseCacheKey(parts: CacheKeyParts): string {
  const parameters = Object.fromEntries(
    Object.entries(parts.parameters)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const messages = parts.messages.map((m) => ({ role: m.role, content: m.content }));
  const text = JSON.stringify({ model: parts.model, parameters, messages, sample: parts.sampleIndex });
  return createHash("sha256").update(text).digest("hex");
}

interface ResponseRow {
  id: number;
  model: string;
  text: string;
  reasoning: string;
  finish_reason: string;
  attempts_json: string;
  created_at: string;
  ttft_ms: number | null;
  thinking_ttft_ms: number | null;
  total_ms: number;
  input_tokens: number | null;
  output_tokens: number;
  reasoning_tokens: number;
  token_source: TokenSource;
  tokens_per_second: number | null;
}

const SELECT = `SELECT r.*, t.ttft_ms, t.thinking_ttft_ms, t.total_ms, t.input_tokens, t.output_tokens,
  t.reasoning_tokens, t.token_source, t.tokens_per_second
  FROM responses r JOIN timings t ON t.response_id = r.id`;

function toStored(row: ResponseRow): StoredResponse {
  return {
    id: row.id,
    model: row.model,
    text: row.text,
    reasoning: row.reasoning,
    finishReason: row.finish_reason,
    attempts: JSON.parse(row.attempts_json),
    createdAt: row.created_at,
    timing: {
      ttftMs: row.ttft_ms,
      thinkingTtftMs: row.thinking_ttft_ms,
      totalMs: row.total_ms,
      inputTokens: row.input_tokens,
      outputTokens: row.output_tokens,
      reasoningTokens: row.reasoning_tokens,
      tokenSource: row.token_source,
      tokensPerSecond: row.tokens_per_second,
    },
  };
}

/** A cached response keeps the timing it was measured with when it was first generated. */
export function findCachedResponse(store: Store, key: string): StoredResponse | undefined {
  const row = store.db.prepare(`${SELECT} WHERE r.cache_key = ?`).get(key) as ResponseRow | undefined;
  return row === undefined ? undefined : toStored(row);
}

export function getResponses(store: Store, ids: readonly number[]): Map<number, StoredResponse> {
  const found = new Map<number, StoredResponse>();
  const statement = store.db.prepare(`${SELECT} WHERE r.id = ?`);
  for (const id of new Set(ids)) {
    const row = statement.get(id) as ResponseRow | undefined;
    if (row !== undefined) found.set(id, toStored(row));
  }
  return found;
}

/** Store a fresh response with its timing; a racing duplicate keeps the first one stored. */
export function saveResponse(store: Store, parts: CacheKeyParts, response: ModelResponse): StoredResponse {
  const key = responseCacheKey(parts);
  store.db.transaction(() => {
    const inserted = store.db
      .prepare(
        `INSERT OR IGNORE INTO responses (cache_key, model, messages_json, parameters_json, sample_index, text,
          reasoning, finish_reason, attempts_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        key,
        parts.model,
        JSON.stringify(parts.messages),
        JSON.stringify(parts.parameters),
        parts.sampleIndex,
        response.text,
        response.reasoning,
        response.finishReason,
        JSON.stringify(response.attempts),
        new Date().toISOString(),
      );
    if (inserted.changes === 0) return;
    const t = response.timing;
    store.db
      .prepare(
        `INSERT INTO timings (response_id, ttft_ms, thinking_ttft_ms, total_ms, input_tokens, output_tokens,
          reasoning_tokens, token_source, tokens_per_second) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        inserted.lastInsertRowid,
        t.ttftMs,
        t.thinkingTtftMs,
        t.totalMs,
        t.inputTokens,
        t.outputTokens,
        t.reasoningTokens,
        t.tokenSource,
        t.tokensPerSecond,
      );
  })();
  const stored = findCachedResponse(store, key);
  if (stored === undefined) throw new Error("a response vanished right after it was stored");
  return stored;
}
