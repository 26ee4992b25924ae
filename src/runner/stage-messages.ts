import type { ChatMessage } from "../core/language-model.js";
import type { LoadedSuite, LoadedTask, Stage } from "../suites/loaded-task.js";
import { type PromptTemplates, renderTemplate, stripCanary, template } from "./prompt-templates.js";

/** Kinds `pyarena run` can put to a model; explain and tutor need a second model step. */
export const RUNNABLE_KINDS: ReadonlySet<string> = new Set([
  "generate",
  "fix",
  "refactor",
  "multi-turn",
  "predict-output",
  "predict-input",
]);

/** The system message that opens every conversation. */
export function systemMessage(templates: PromptTemplates): ChatMessage {
  return { role: "system", content: renderTemplate(template(templates, "system"), {}) };
}

/**
 * The user message for one stage. given.py is appended unless the prompt already shows it
 * (imported prompts embed their code); the first turn uses the kind's template, later turns
 * the next-turn template.
 */
export function stageMessage(
  templates: PromptTemplates,
  suite: LoadedSuite,
  task: LoadedTask,
  stage: Stage,
  turn: number,
): ChatMessage {
  const canary = suite.spec.canary;
  const prompt = stripCanary(stage.prompt, canary).trim();
  const given = task.given === undefined ? undefined : stripCanary(task.given, canary).trimEnd();
  const name = turn > 0 ? "next-turn" : task.spec.kind === "multi-turn" ? "generate" : task.spec.kind;
  const content = renderTemplate(template(templates, name), {
    prompt,
    given: given !== undefined && given !== "" && !prompt.includes(given.trim()) ? given : undefined,
    entry_point: task.spec.entry_point,
  });
  return { role: "user", content };
}
