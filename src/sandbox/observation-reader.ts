import type { CaseObservation, RaisedType } from "../core/observation.js";
import { canonicalKey } from "../core/py-equal.js";
import { isPyValue } from "../core/py-value.js";

/** Control messages of the trusted modes (discover, convert); never read from candidate runs. */
export interface ControlMessage {
  readonly kind: "meta" | "convert";
  readonly body: unknown;
}

function raisedType(value: unknown): RaisedType | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { t, b } = value as { t?: unknown; b?: unknown };
  if (typeof t !== "string" || !Array.isArray(b) || !b.every((x) => typeof x === "string")) return undefined;
  return { type: t.slice(0, 200), bases: b as string[] };
}

/**
 * Parses the observation channel line by line. Anything that is not exactly one of the
 * harness's message shapes is a protocol error; two different observations for one case are a
 * conflict, which the verdict treats as tampering.
 */
export class ObservationReader {
  readonly observations = new Map<string, CaseObservation>();
  readonly protocolErrors: string[] = [];
  readonly conflicts = new Set<string>();
  readonly control: ControlMessage[] = [];
  loadError: RaisedType | undefined;
  finished = false;
  ready = false;
  truncated = false;
  #pending: Buffer[] = [];

  push(chunk: Buffer): void {
    let start = 0;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, start)) {
      this.#pending.push(chunk.subarray(start, i));
      this.#line(Buffer.concat(this.#pending));
      this.#pending = [];
      start = i + 1;
    }
    if (start < chunk.length) this.#pending.push(chunk.subarray(start));
  }

  end(): void {
    // A half-written last line is only foreign data when the process ended on its own; a run
    // killed at a limit in the middle of a write is judged by that limit instead.
    if (this.#pending.length > 0) this.truncated = true;
    this.#pending = [];
  }

  #error(message: string): void {
    if (this.protocolErrors.length < 20) this.protocolErrors.push(message);
  }

  #line(bytes: Buffer): void {
    // The harness writes ASCII JSON only; any other byte was written by someone else.
    // (A regex over the latin1 text, not a per-byte callback: lines can be megabytes long.)
    const text = bytes.toString("latin1");
    if (/[^\t\x20-\x7e]/.test(text)) {
      this.#error("a line with non-ASCII bytes");
      return;
    }
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      this.#error(`a line that is not JSON: ${bytes.toString("latin1").slice(0, 80)}`);
      return;
    }
    if (typeof message !== "object" || message === null || Array.isArray(message)) {
      this.#error("a non-object line");
      return;
    }
    const record = message as Record<string, unknown>;
    const keys = Object.keys(record).sort().join(",");
    if (keys === "c,v" && typeof record.c === "string" && isPyValue(record.v)) {
      this.#observe({ caseId: record.c, outcome: { kind: "value", value: record.v } });
      return;
    }
    const raised = raisedType(record.e);
    if (keys === "c,e" && typeof record.c === "string" && raised !== undefined) {
      this.#observe({ caseId: record.c, outcome: { kind: "raised", ...raised } });
      return;
    }
    if (keys === "load" && raisedType(record.load) !== undefined) {
      this.loadError ??= raisedType(record.load);
      return;
    }
    if (keys === "ready" && record.ready === true) {
      this.ready = true;
      return;
    }
    if (keys === "done" && record.done === true) {
      this.finished = true;
      return;
    }
    if (keys === "meta" || keys === "convert") {
      this.control.push({ kind: keys, body: record[keys] });
      return;
    }
    this.#error(`an unknown message: ${bytes.toString("latin1").slice(0, 80)}`);
  }

  #observe(observation: CaseObservation): void {
    const previous = this.observations.get(observation.caseId);
    if (previous === undefined) {
      this.observations.set(observation.caseId, observation);
      return;
    }
    if (outcomeKey(previous) !== outcomeKey(observation)) this.conflicts.add(observation.caseId);
  }
}

function outcomeKey(observation: CaseObservation): string {
  const o = observation.outcome;
  return o.kind === "value" ? `v${canonicalKey(o.value)}` : `e${o.type}`;
}
