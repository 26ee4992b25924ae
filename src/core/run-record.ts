import type { AttemptRecord, GenerationParameters, ResponseTiming } from "./language-model.js";
import type { StageQuality } from "./stage-quality.js";
import type { TaskKind, Tier } from "./task.js";
import type { SampleStatus, SampleVerdict } from "./verdict.js";

/**
 * Everything needed to reproduce a run (DESIGN §6). It is stored with the run and is the only
 * input of `pyarena run --resume`, so a resumed run cannot drift from what was started.
 */
export interface RunManifest {
  readonly toolVersion: string;
  readonly createdAt: string;
  readonly suite: {
    readonly name: string;
    readonly version: string;
    readonly contentHash: string;
    readonly dir: string;
  };
  readonly taskIds: readonly string[];
  readonly filters: { readonly tiers: readonly Tier[]; readonly kinds: readonly TaskKind[] };
  readonly models: readonly string[];
  readonly parameters: GenerationParameters;
  readonly samples: number;
  /** Base seed; sample i asks the model for seed + i (where the API supports seeds). */
  readonly seed: number | null;
  readonly prompts: { readonly version: string; readonly hashes: Readonly<Record<string, string>> };
  readonly sandbox: {
    readonly unsafe: boolean;
    readonly python: string;
    readonly pythonVersion: string;
    readonly slots: number;
  };
  readonly concurrency: { readonly generation: number; readonly execution: number };
  readonly machine: {
    readonly platform: string;
    readonly arch: string;
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memoryGb: number;
    readonly node: string;
  };
}

/** One unit of work: one sample of one model on one task. */
export interface UnitKey {
  readonly model: string;
  readonly taskId: string;
  readonly sampleIndex: number;
}

/** How the code was found in a response; "none" is its own failure kind (no-code). */
export type ExtractionMethod = "fenced-entry" | "fenced" | "bare" | "none";

export interface StoredResponse {
  readonly id: number;
  readonly model: string;
  readonly text: string;
  readonly reasoning: string;
  readonly finishReason: string;
  readonly timing: ResponseTiming;
  readonly attempts: readonly AttemptRecord[];
  readonly createdAt: string;
}

/** A unit's outcome on one stage (one turn of a conversation, or the whole task). */
export interface StageOutcome {
  readonly stageId: string;
  readonly responseId: number;
  readonly cached: boolean;
  readonly extraction: ExtractionMethod;
  readonly code: string;
  /** Absent when no code was found: nothing ran. */
  readonly verdict?: SampleVerdict;
  /** Static analysis of the code, once the run's quality pass reached it (read back from the store). */
  readonly quality?: StageQuality;
}

/** What a finished unit gives; "no-code" is kept apart from wrong code. */
export type UnitStatus = SampleStatus | "no-code";

export interface UnitResult extends UnitKey {
  readonly tier: Tier;
  readonly kind: TaskKind;
  readonly status: UnitStatus;
  readonly passed: boolean;
  readonly stages: readonly StageOutcome[];
}

/** A unit as reports read it back: its result plus the timing of its responses. */
export interface SampleRow extends UnitResult {
  readonly runId: string;
  readonly responses: readonly StoredResponse[];
}
