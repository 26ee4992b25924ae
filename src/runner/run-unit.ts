import type { ChatMessage, GenerationParameters, LanguageModel } from "../core/language-model.js";
import type { StageOutcome, StoredResponse, UnitKey, UnitResult } from "../core/run-record.js";
import { collectResponse } from "../providers/collect-response.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import { extractCode, extractExpression } from "../scoring/extract-code.js";
import { findCachedResponse, responseCacheKey, saveResponse } from "../store/response-cache.js";
import type { Store } from "../store/store.js";
import type { LoadedSuite, LoadedTask } from "../suites/loaded-task.js";
import { evaluateCandidate } from "./evaluate-candidate.js";
import type { OracleCache } from "./oracle-cache.js";
import type { PromptTemplates } from "./prompt-templates.js";
import type { Semaphore } from "./semaphore.js";
import { stageMessage, systemMessage } from "./stage-messages.js";

/** What one unit needs from the run around it. */
export interface UnitContext {
  readonly store: Store;
  readonly pool: SandboxPool;
  readonly suite: LoadedSuite;
  readonly templates: PromptTemplates;
  readonly oracles: OracleCache;
  readonly generation: Semaphore;
  readonly parameters: GenerationParameters;
  readonly seed?: number;
  readonly signal?: AbortSignal;
}

/**
 * A response from the cache when this exact request (model, parameters, messages, sample index)
 * was answered before, else from the model. Cached responses keep their original timing.
 */
async function respond(
  context: UnitContext,
  model: LanguageModel,
  messages: readonly ChatMessage[],
  sampleIndex: number,
): Promise<{ response: StoredResponse; cached: boolean }> {
  const parameters: GenerationParameters = {
    ...context.parameters,
    ...(context.seed === undefined ? {} : { seed: context.seed + sampleIndex }),
  };
  const parts = { model: model.spec, parameters, messages, sampleIndex };
  const hit = findCachedResponse(context.store, responseCacheKey(parts));
  if (hit !== undefined) return { response: hit, cached: true };
  const fresh = await context.generation.use(
    () =>
      collectResponse(model, {
        ...parameters,
        messages,
        ...(context.signal ? { signal: context.signal } : {}),
      }),
    context.signal,
  );
  return { response: saveResponse(context.store, parts, fresh), cached: false };
}

function extract(task: LoadedTask, text: string) {
  if (task.spec.kind === "predict-output") return extractExpression(text, "output");
  if (task.spec.kind === "predict-input") return extractExpression(text, "input");
  return extractCode(text, task.spec.entry_point);
}

/**
 * One sample of one model on one task: the conversation stage by stage, each answer's code run
 * against that stage's oracle. Infrastructure failures throw; what the code does is a value.
 */
export async function runUnit(
  context: UnitContext,
  model: LanguageModel,
  task: LoadedTask,
  key: UnitKey,
): Promise<UnitResult> {
  const messages: ChatMessage[] = [systemMessage(context.templates)];
  const stages: StageOutcome[] = [];
  for (const [turn, stage] of task.stages.entries()) {
    messages.push(stageMessage(context.templates, context.suite, task, stage, turn));
    const { response, cached } = await respond(context, model, messages, key.sampleIndex);
    messages.push({ role: "assistant", content: response.text });
    const extracted = extract(task, response.text);
    const base = {
      stageId: stage.id,
      responseId: response.id,
      cached,
      extraction: extracted.method,
      code: extracted.code,
    };
    if (extracted.method === "none") {
      stages.push(base);
      continue;
    }
    const oracle = await context.oracles.get(task, stage, context.signal);
    const verdict = await evaluateCandidate(
      context.pool,
      context.suite,
      task,
      stage,
      oracle,
      extracted.code,
      context.signal,
    );
    stages.push({ ...base, verdict });
  }
  const failing = stages.find((s) => s.verdict?.status !== "passed");
  const status = failing === undefined ? "passed" : (failing.verdict?.status ?? "no-code");
  return {
    ...key,
    tier: task.spec.tier,
    kind: task.spec.kind,
    status,
    passed: failing === undefined,
    stages,
  };
}
