import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ExternalSample } from "../runner/score-samples.js";
import { SHARED_DATASETS } from "./examples.js";

/**
 * Readers for the real model samples in ../shared/datasets/model-samples. Each source keeps
 * its own layout; these turn them into EvalPlus-style samples plus the verdict the source
 * recorded, so tests and `bench/model-samples.mts` can compare pyarena's verdicts with theirs.
 * They follow each source's README on how a program is assembled.
 */
export interface RecordedSample extends ExternalSample {
  readonly recordedPass: boolean;
}

export const MODEL_SAMPLES = join(SHARED_DATASETS, "model-samples");

function jsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/**
 * EvalPlus eval_results.json: `solution` is the whole program. `plus_status` covers the plus
 * inputs alone; EvalPlus counts a sample as passing HumanEval+/MBPP+ only when base and plus pass.
 */
export function evalPlusResults(file: string, which: "base" | "plus"): RecordedSample[] {
  const data = JSON.parse(readFileSync(join(MODEL_SAMPLES, "evalplus-results", file), "utf8")) as {
    eval: Record<string, { task_id: string; solution: string; base_status: string; plus_status: string }[]>;
  };
  return Object.values(data.eval).flatMap((entries) =>
    entries.map((e) => ({
      task_id: e.task_id,
      solution: e.solution,
      recordedPass: e.base_status === "pass" && (which === "base" || e.plus_status === "pass"),
    })),
  );
}

/** LDB: `solution` is a whole function; scored with the HumanEval prompt prepended (its README). */
export function ldbResults(file: string): RecordedSample[] {
  return jsonl(join(MODEL_SAMPLES, "ldb-humaneval", file)).map((r) => ({
    task_id: String(r.task_id),
    solution: `${String(r.prompt)}\n${String(r.solution)}`,
    recordedPass: r.is_solved === true,
  }));
}

const WHOLE_PROGRAM = /^(def|from|import|class)\b/;

/** Reflexion HumanEval: whole programs in the simple file, bodies in the reflexion file. */
export function reflexionHumanEval(file: string): RecordedSample[] {
  return jsonl(join(MODEL_SAMPLES, "reflexion-gpt4", file)).map((r) => {
    const solution = String(r.solution);
    return {
      task_id: String(r.task_id),
      solution: WHOLE_PROGRAM.test(solution) ? solution : `${String(r.prompt)}${solution}`,
      recordedPass: r.is_solved === true,
    };
  });
}

/** Reflexion MBPP (MultiPL-E names such as `mbpp_234_volume_cube`): task 234 of MBPP. */
export function reflexionMbpp(file: string): RecordedSample[] {
  return jsonl(join(MODEL_SAMPLES, "reflexion-gpt4", file)).map((r) => ({
    task_id: `mbpp-${String(r.name).split("_")[1]}`,
    solution: String(r.solution),
    recordedPass: r.is_solved === true,
  }));
}

const CODET_STOPS = ["\nclass", "\ndef", "\n#", "\nif", "\nprint"];

/** CodeT's own post-processing: cut at each stop sequence in turn (src/postprocess.py). */
export function codetTruncate(completion: string): string {
  let text = completion;
  for (const stop of CODET_STOPS) {
    const at = text.indexOf(stop);
    if (at >= 0) text = text.slice(0, at);
  }
  return text;
}

/** CodeGen-16B's 100 samples per HumanEval task, joined to task ids on CodeT's prompt variant. */
export function codegenSamples(): ExternalSample[] {
  const dir = join(MODEL_SAMPLES, "codet-codegen16b-humaneval");
  const ids = new Map(
    jsonl(join(dir, "HumanEval_for_code_generation.jsonl")).map((r) => [String(r.prompt), String(r.task_id)]),
  );
  return jsonl(join(dir, "HumanEval_codegen16B_temp0.8_topp0.95_num100_max300_code_solution.jsonl")).flatMap(
    (r) => {
      const prompt = String(r.prompt);
      const taskId = ids.get(prompt);
      if (taskId === undefined)
        throw new Error(`a CodeGen prompt matches no CodeT task: ${prompt.slice(0, 60)}`);
      return (r.samples as string[]).map((s) => ({ task_id: taskId, solution: prompt + codetTruncate(s) }));
    },
  );
}
