import { realpathSync } from "node:fs";
import {
  getLlama,
  type Llama,
  LlamaChat,
  type LlamaContext,
  type LlamaContextSequence,
  LlamaLogLevel,
  type LlamaModel,
} from "node-llama-cpp";
import { PyarenaError } from "../../core/pyarena-error.js";
import { SerialLock } from "./serial-lock.js";

/** A model in memory with the one context sequence its generations take turns on. */
export interface LoadedModel {
  readonly model: LlamaModel;
  readonly context: LlamaContext;
  readonly sequence: LlamaContextSequence;
  readonly chat: LlamaChat;
  readonly lock: SerialLock;
  /** Milliseconds spent loading weights and creating the context; reported, never hidden in TTFT. */
  readonly loadMs: number;
}

export interface RuntimeOptions {
  /**
   * CPU threads for evaluation; default: the machine's math cores less one. ggml's threads
   * busy-wait on each other, so when the sandbox pool (or anything else) takes a core, a thread
   * count equal to the cores collapses: on a loaded 2-core machine we measured 2-5 tokens/s with
   * two threads against about 1,000 with one, on the tiny test model.
   */
  readonly threads?: number;
  /** Upper bound of the context window (the model's own limit still applies); default 8192. */
  readonly maxContextSize?: number;
}

interface Entry {
  refs: number;
  loading: Promise<LoadedModel> | undefined;
  readonly options: RuntimeOptions;
}

/**
 * Weights of a 7B model take gigabytes and seconds to load, so every LanguageModel for the same
 * file shares one load, counted by reference; the last release frees it, and the llama.cpp
 * runtime goes when no model is left (its worker threads would otherwise keep Node alive).
 */
const entries = new Map<string, Entry>();
let runtime: Promise<Llama> | undefined;

function llamaRuntime(): Promise<Llama> {
  runtime ??= getLlama({
    gpu: false,
    build: "never",
    usePrebuiltBinaries: true,
    skipDownload: true,
    progressLogs: false,
    logLevel: LlamaLogLevel.error,
  }).catch((error: unknown) => {
    runtime = undefined;
    throw new PyarenaError(
      "MODEL_NOT_AVAILABLE",
      `the llama.cpp runtime (node-llama-cpp) could not start on this machine: ${(error as Error).message}`,
      { cause: error, details: ["its prebuilt CPU binaries come with the @node-llama-cpp/* npm packages"] },
    );
  });
  return runtime;
}

async function load(path: string, options: RuntimeOptions): Promise<LoadedModel> {
  const llama = await llamaRuntime();
  const started = performance.now();
  let model: LlamaModel;
  try {
    model = await llama.loadModel({ modelPath: path, gpuLayers: 0 });
  } catch (error) {
    throw new PyarenaError(
      "MODEL_NOT_AVAILABLE",
      `llama.cpp could not load ${path}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  try {
    const context = await model.createContext({
      contextSize: { max: options.maxContextSize ?? 8192 },
      threads: options.threads ?? Math.max(1, llama.cpuMathCores - 1),
    });
    const sequence = context.getSequence();
    const chat = new LlamaChat({ contextSequence: sequence });
    return { model, context, sequence, chat, lock: new SerialLock(), loadMs: performance.now() - started };
  } catch (error) {
    await model.dispose();
    throw new PyarenaError(
      "MODEL_NOT_AVAILABLE",
      `no room for a context of ${path}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}

/** A claim on one shared model; `get()` loads it on first use, `release()` gives the claim back. */
export interface ModelHandle {
  get(): Promise<LoadedModel>;
  release(): Promise<void>;
}

/** Claims the model in `path` (by real path, so two spellings of one file share the load). */
export function acquireModel(path: string, options: RuntimeOptions = {}): ModelHandle {
  const key = realpathSync(path);
  let entry = entries.get(key);
  if (entry === undefined) {
    entry = { refs: 0, loading: undefined, options };
    entries.set(key, entry);
  }
  entry.refs++;
  const claimed = entry;
  let released = false;
  return {
    get() {
      if (released)
        return Promise.reject(new PyarenaError("MODEL_NOT_AVAILABLE", `model ${path} was released`));
      claimed.loading ??= load(key, claimed.options).catch((error: unknown) => {
        claimed.loading = undefined;
        throw error;
      });
      return claimed.loading;
    },
    async release() {
      if (released) return;
      released = true;
      claimed.refs--;
      if (claimed.refs > 0) return;
      entries.delete(key);
      await disposeEntry(claimed);
      if (entries.size === 0) await disposeRuntime();
    },
  };
}

async function disposeEntry(entry: Entry): Promise<void> {
  const loading = entry.loading;
  if (loading === undefined) return;
  const loaded = await loading.catch(() => undefined);
  if (loaded === undefined) return; // the load failed and its error went to whoever awaited it
  const unlock = await loaded.lock.acquire(); // let a generation in flight finish first
  try {
    await loaded.context.dispose();
    await loaded.model.dispose();
  } finally {
    unlock();
  }
}

async function disposeRuntime(): Promise<void> {
  const current = runtime;
  runtime = undefined;
  if (current === undefined) return;
  const llama = await current.catch(() => undefined);
  await llama?.dispose();
}

/** Frees every loaded model and the runtime, whatever claims remain; for the end of a process or test. */
export async function disposeLocalModels(): Promise<void> {
  const all = [...entries.values()];
  entries.clear();
  for (const entry of all) await disposeEntry(entry);
  await disposeRuntime();
}

/** How many distinct model files are claimed right now; lets tests see that instances share a load. */
export function claimedModelCount(): number {
  return entries.size;
}
