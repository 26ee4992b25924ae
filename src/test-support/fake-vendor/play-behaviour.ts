import type { ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { type Behaviour, DEFAULT_TEXT, scriptUsage, splitEvenly } from "./behaviour.js";
import type { VendorProtocol } from "./vendor-protocol.js";

function playError(
  behaviour: Extract<Behaviour, { kind: "error" }>,
  protocol: VendorProtocol,
  res: ServerResponse,
): void {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (behaviour.retryAfter !== undefined) headers["retry-after"] = behaviour.retryAfter;
  if (behaviour.retryAfterMs !== undefined) headers["retry-after-ms"] = String(behaviour.retryAfterMs);
  res.writeHead(behaviour.status, headers);
  res.end(protocol.errorBody(behaviour.status, behaviour.message ?? `fake error ${behaviour.status}`));
}

/** Plays one behaviour onto a response, in the given vendor's protocol. */
export async function playBehaviour(
  behaviour: Behaviour,
  protocol: VendorProtocol,
  model: string,
  res: ServerResponse,
  onFirstContent: (at: number) => void = () => undefined,
): Promise<void> {
  if (behaviour.kind === "error") {
    playError(behaviour, protocol, res);
    return;
  }
  const chunks = behaviour.chunks ?? 4;
  const writer = protocol.writer(model, scriptUsage(behaviour));
  const pieces = [
    ...splitEvenly(behaviour.thinking ?? "", chunks).map((t) => writer.thinking(t)),
    ...splitEvenly(behaviour.text ?? DEFAULT_TEXT, chunks).map((t) => writer.text(t)),
  ];
  const cutAt =
    behaviour.kind === "reset"
      ? (behaviour.afterChunks ?? 1)
      : behaviour.kind === "stall"
        ? (behaviour.afterChunks ?? 1)
        : -1;
  res.socket?.setNoDelay(true);
  res.writeHead(200, { "content-type": protocol.contentType, "cache-control": "no-cache" });
  res.flushHeaders();
  const preamble = writer.preamble();
  if (preamble !== "") res.write(preamble);
  // Chunks are due at fixed offsets from the headers, so late timers do not add up.
  const startedAt = performance.now();
  for (const [index, piece] of pieces.entries()) {
    if (index === cutAt) break;
    const due = startedAt + (behaviour.firstChunkDelayMs ?? 0) + index * (behaviour.chunkDelayMs ?? 0);
    const wait = due - performance.now();
    if (wait > 0) await delay(Math.ceil(wait));
    if (res.destroyed) return;
    if (index === 0) onFirstContent(performance.now());
    res.write(piece);
  }
  if (behaviour.kind === "reset") {
    // Let the written chunks leave before the RST, as a proxy dying mid-stream would.
    await delay(20);
    res.socket?.resetAndDestroy();
    return;
  }
  if (behaviour.kind === "stall") return; // the socket stays open until the client gives up
  res.end(writer.end());
}
