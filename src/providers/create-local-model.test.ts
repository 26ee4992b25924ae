import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { describeSlow } from "../test-support/slow.js";
import { writeTinyLlama } from "../test-support/tiny-llama.js";
import { collectResponse } from "./collect-response.js";
import { createLanguageModel } from "./create-language-model.js";

describeSlow("local: specs through createLanguageModel", () => {
  it("loads the in-process backend on the first request and streams an answer", async () => {
    const tiny = await writeTinyLlama(join(mkdtempSync(join(tmpdir(), "pyarena-local-")), "tiny.gguf"));
    const model = createLanguageModel(`local:${tiny.path}`, { env: {}, local: { threads: 1 } });
    expect(model.provider).toBe("local");
    expect(model.modelId).toBe(tiny.path);
    try {
      const response = await collectResponse(model, {
        messages: [{ role: "user", content: "def" }],
        maxOutputTokens: 8,
        temperature: 0,
      });
      expect(response.timing.outputTokens).toBeGreaterThan(0);
      expect(response.attempts).toEqual([]);
    } finally {
      await (model as unknown as AsyncDisposable)[Symbol.asyncDispose]();
    }
  }, 120_000);
});
