import type { ChatMessage } from "../core/language-model.js";
import type { FakeReply, FakeResponder } from "../providers/fake/fake-model.js";
import { stripCanary } from "../runner/prompt-templates.js";
import type { LoadedSuite, LoadedTask, Stage } from "../suites/loaded-task.js";

/** What the scripted model answers for one stage: code in a fence, or prose without code. */
export type Answer = { readonly code: string } | { readonly prose: string };

/**
 * A fake model that recognises which task and turn it is asked (by the stage prompt inside the
 * last user message) and answers as `choose` says: the reference, a mutant, anything. Tests and
 * benchmarks drive the real runner with it and know exactly which verdict each unit must get.
 */
export function suiteResponder(
  suite: LoadedSuite,
  choose: (task: LoadedTask, stage: Stage) => Answer,
  reply: Omit<FakeReply, "text"> = {},
): FakeResponder {
  const stages = suite.tasks.flatMap((task) =>
    task.stages.map((stage) => ({
      task,
      stage,
      prompt: stripCanary(stage.prompt, suite.spec.canary).trim(),
    })),
  );
  return (messages: readonly ChatMessage[]) => {
    const last = messages.at(-1)?.content ?? "";
    const found = stages.find((s) => last.startsWith(s.prompt));
    if (found === undefined)
      throw new Error(`the scripted model does not know this prompt: ${last.slice(0, 80)}`);
    const answer = choose(found.task, found.stage);
    const text = "code" in answer ? `Here you go:\n\n\`\`\`python\n${answer.code}\`\`\`\n` : answer.prose;
    return { ...reply, text };
  };
}

export function referenceAnswer(_task: LoadedTask, stage: Stage): Answer {
  return { code: stage.reference };
}
