import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PyarenaError } from "../../core/pyarena-error.js";
import { resolveLocalSpec } from "./local-spec.js";
import { findCatalogueEntry } from "./model-catalogue.js";
import { resolveModelsDir } from "./models-dir.js";

function caught(action: () => unknown): PyarenaError {
  try {
    action();
  } catch (error) {
    if (error instanceof PyarenaError) return error;
    throw error;
  }
  throw new Error("expected a PyarenaError");
}

describe("resolveLocalSpec", () => {
  it("says how to download a catalogue model that is missing, and names the alternatives", () => {
    const dir = mkdtempSync(join(tmpdir(), "pyarena-models-"));
    const error = caught(() => resolveLocalSpec("local:qwen2.5-coder-0.5b", { cacheDir: dir }));
    expect(error.code).toBe("MODEL_NOT_AVAILABLE");
    expect(error.message).toContain("`pyarena models pull qwen2.5-coder-0.5b`");
    expect(error.message).toContain(dir);
    for (const alternative of [
      "OPENAI_API_KEY",
      "ANTHROPIC_API_KEY",
      "GOOGLE_GENERATIVE_AI_API_KEY",
      "ollama:<model>",
      "openai-compatible:<url>#<model>",
    ]) {
      expect(error.message).toContain(alternative);
    }
    expect(error.details.join("\n")).toContain("local:/path/to/model.gguf");
  });

  it("finds a pulled model in PYARENA_MODELS_DIR", () => {
    const dir = mkdtempSync(join(tmpdir(), "pyarena-models-"));
    const entry = findCatalogueEntry("qwen2.5-coder-0.5b");
    if (entry === undefined) throw new Error("catalogue lost qwen2.5-coder-0.5b");
    writeFileSync(join(dir, entry.file), "GGUF and then nothing");
    const file = resolveLocalSpec("local:qwen2.5-coder-0.5b", { env: { PYARENA_MODELS_DIR: dir } });
    expect(file).toMatchObject({ modelId: "qwen2.5-coder-0.5b", path: join(dir, entry.file) });
  });

  it("rejects unknown names and specs of other providers as MODEL_SPEC_INVALID", () => {
    const unknown = caught(() => resolveLocalSpec("local:gpt-5", {}));
    expect(unknown.code).toBe("MODEL_SPEC_INVALID");
    expect(unknown.details.join("\n")).toContain("qwen2.5-coder-0.5b");
    expect(caught(() => resolveLocalSpec("ollama:llama3")).code).toBe("MODEL_SPEC_INVALID");
    expect(caught(() => resolveLocalSpec("local:")).code).toBe("MODEL_SPEC_INVALID");
  });

  it("accepts a GGUF path and refuses missing files, folders and files that are not GGUF", () => {
    const dir = mkdtempSync(join(tmpdir(), "pyarena-models-"));
    const good = join(dir, "m.gguf");
    writeFileSync(good, "GGUF....");
    expect(resolveLocalSpec(`local:${good}`)).toMatchObject({ modelId: good, path: good, entry: undefined });
    expect(caught(() => resolveLocalSpec(`local:${join(dir, "missing.gguf")}`)).code).toBe(
      "MODEL_NOT_AVAILABLE",
    );
    mkdirSync(join(dir, "folder.gguf"));
    expect(caught(() => resolveLocalSpec(`local:${join(dir, "folder.gguf")}`)).code).toBe(
      "MODEL_NOT_AVAILABLE",
    );
    writeFileSync(join(dir, "text.gguf"), "hello");
    expect(caught(() => resolveLocalSpec(`local:${join(dir, "text.gguf")}`)).message).toMatch(/not a GGUF/);
  });
});

describe("resolveModelsDir", () => {
  it("prefers cacheDir, then PYARENA_MODELS_DIR, then XDG_CACHE_HOME, then ~/.cache", () => {
    expect(resolveModelsDir({ cacheDir: "/a", env: { PYARENA_MODELS_DIR: "/b" } })).toBe("/a");
    expect(resolveModelsDir({ env: { PYARENA_MODELS_DIR: "/b", XDG_CACHE_HOME: "/c" } })).toBe("/b");
    expect(resolveModelsDir({ env: { XDG_CACHE_HOME: "/c" } })).toBe("/c/pyarena/models");
    expect(resolveModelsDir({ env: { HOME: "/home/u" } })).toBe("/home/u/.cache/pyarena/models");
  });
});
