import type { PyValue } from "./py-value.js";

/** An exception as seen from outside: its qualified name and the builtin classes in its MRO. */
export interface RaisedType {
  readonly type: string;
  readonly bases: readonly string[];
}

export type CaseOutcome =
  | { readonly kind: "value"; readonly value: PyValue }
  | ({ readonly kind: "raised" } & RaisedType);

/** What the sandbox reported for one case: plain data, never an object of the candidate's. */
export interface CaseObservation {
  readonly caseId: string;
  readonly outcome: CaseOutcome;
}

/** How the sandboxed process ended, measured by the launcher outside the sandbox. */
export type Termination =
  | "exited"
  | "signalled"
  | "cpu-limit"
  | "wall-limit"
  | "output-limit"
  | "observation-limit"
  | "aborted";

export interface ExecutionReport {
  readonly observations: readonly CaseObservation[];
  /** Lines on the observation channel that were not valid observations, and repeated ids. */
  readonly protocolErrors: readonly string[];
  /** Set when two different observations arrived for one case: proof of tampering. */
  readonly conflictingCases: readonly string[];
  readonly loadError?: RaisedType;
  readonly finished: boolean;
  readonly termination: Termination;
  readonly exitCode: number | null;
  readonly signal: number | null;
  readonly cpuMs: number;
  readonly peakRssKb: number;
  readonly wallMs: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly unsafe: boolean;
  readonly cpuLimitMs: number;
}
