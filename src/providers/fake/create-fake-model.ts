import type { LanguageModel } from "../../core/language-model.js";
import { PyarenaError } from "../../core/pyarena-error.js";
import type { ModelSpec } from "../parse-model-spec.js";
import { FakeModel } from "./fake-model.js";

/** The answer of `fake:instant`: a syntactically valid Python block, so the pipeline runs through. */
export const INSTANT_ANSWER = [
  "Here is the solution:",
  "",
  "```python",
  "def solution(*args, **kwargs):",
  '    """Placeholder answer of the fake:instant model."""',
  "    return None",
  "```",
  "",
].join("\n");

const FAKES: Record<string, () => FakeModel> = {
  instant: () => new FakeModel(() => INSTANT_ANSWER, { spec: "fake:instant" }),
};

/** Builds a named fake, for specs such as `fake:instant` given on the command line. */
export function createFakeModel(spec: ModelSpec): LanguageModel {
  const make = FAKES[spec.modelId];
  if (make === undefined) {
    throw new PyarenaError("MODEL_NOT_AVAILABLE", `no fake model "${spec.spec}"`, {
      details: [
        `known fakes: ${Object.keys(FAKES)
          .map((name) => `fake:${name}`)
          .join(", ")}`,
      ],
    });
  }
  return make();
}
