import type { GenerationRequest, LanguageModel, StreamEvent } from "../core/language-model.js";
import { resolveLocalSpec } from "./local/local-spec.js";
import type { ModelSpec } from "./parse-model-spec.js";
import type { Env } from "./resolve-endpoint.js";

/** Settings of in-process models, passed through to `createLocalModel`. */
export interface LocalModelSettings {
  /** The models folder; default `PYARENA_MODELS_DIR` or `~/.cache/pyarena/models`. */
  readonly cacheDir?: string;
  readonly threads?: number;
  readonly maxContextSize?: number;
}

/**
 * A `local:` model whose backend is imported on the first `stream()`. node-llama-cpp takes over
 * a second to import, a cost users of hosted models should never pay. The spec itself is
 * resolved at once (resolveLocalSpec needs no backend), so a missing model file still fails
 * before a run starts. Dispose it to free its claim on the weights.
 */
export class LazyLocalModel implements LanguageModel, AsyncDisposable {
  readonly provider = "local";
  readonly modelId: string;
  private model: Promise<LanguageModel & AsyncDisposable> | undefined;

  constructor(
    readonly spec: string,
    private readonly env: Env,
    private readonly settings: LocalModelSettings,
  ) {
    const cacheDir = settings.cacheDir;
    this.modelId = resolveLocalSpec(spec, { env, ...(cacheDir === undefined ? {} : { cacheDir }) }).modelId;
  }

  private load(): Promise<LanguageModel & AsyncDisposable> {
    this.model ??= import("./local/local-model.js").then(({ createLocalModel }) =>
      createLocalModel(this.spec, { ...this.settings, env: this.env }),
    );
    return this.model;
  }

  async *stream(request: GenerationRequest): AsyncGenerator<StreamEvent> {
    const model = await this.load();
    yield* model.stream(request);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    if (this.model !== undefined) await (await this.model)[Symbol.asyncDispose]();
  }
}

/** The LanguageModel for a `local:` spec (see LazyLocalModel). */
export function createLazyLocalModel(
  spec: ModelSpec,
  env: Env,
  settings: LocalModelSettings = {},
): LanguageModel {
  return new LazyLocalModel(spec.spec, env, settings);
}
