import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findCatalogueEntry } from "../providers/local/model-catalogue.js";
import { type HfTestServer, startHfTestServer } from "../test-support/hf-test-server.js";
import { registerModels } from "./models-command.js";

const ENV_KEYS = ["PYARENA_MODELS_DIR", "PYARENA_HF_ENDPOINT", "NO_COLOR"] as const;

describe("pyarena models", () => {
  let saved: Record<string, string | undefined>;
  let out: string[];
  let err: string[];
  let server: HfTestServer | undefined;

  beforeEach(() => {
    saved = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
    process.env.PYARENA_MODELS_DIR = mkdtempSync(join(tmpdir(), "pyarena-models-cli-"));
    out = [];
    err = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => out.push(String(chunk)) > 0);
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => err.push(String(chunk)) > 0);
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    for (const key of ENV_KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    await server?.close();
    server = undefined;
  });

  async function pyarena(...args: string[]): Promise<void> {
    const program = new Command().exitOverride();
    registerModels(program);
    await program.parseAsync(["node", "pyarena", ...args]);
  }

  it("lists the catalogue, what is downloaded and the folder", async () => {
    const dir = process.env.PYARENA_MODELS_DIR ?? "";
    const entry = findCatalogueEntry("qwen2.5-coder-0.5b");
    writeFileSync(join(dir, entry?.file ?? ""), "GGUF");
    writeFileSync(join(dir, "mine.gguf"), "GGUF!");
    await pyarena("models", "list");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours
    const text = out.join("").replace(/\x1b\[[0-9;]*m/g, "");
    expect(text).toContain(`models folder: ${dir}`);
    expect(text).toMatch(/qwen2\.5-coder-0\.5b\s*│\s*4 B\s*│\s*yes/);
    expect(text).toMatch(/qwen2\.5-coder-7b\s*│\s*about 4\.7 GB\s*│\s*no/);
    expect(text).toContain("qwen2.5-coder-7b");
    expect(text).toContain(join(dir, "mine.gguf"));
    expect(text).toContain("pyarena models pull <name>");
  });

  it("pulls a model with a progress line on stderr and says how to use it", async () => {
    const entry = findCatalogueEntry("qwen2.5-coder-1.5b");
    if (entry === undefined) throw new Error("catalogue lost qwen2.5-coder-1.5b");
    const bytes = randomBytes(2_000_000);
    server = await startHfTestServer({
      [`/${entry.repo}/resolve/${entry.revision}/${entry.file}`]: { bytes },
    });
    process.env.PYARENA_HF_ENDPOINT = server.url;
    await pyarena("models", "pull", entry.name);
    const progress = err.join("");
    expect(progress).toMatch(/100%\s+2\.0\/2\.0 MB\s+[\d.]+ MB\/s\s+ETA 0:00/);
    expect(out.join("")).toContain(`use it as --model local:${entry.name}`);
    const dir = process.env.PYARENA_MODELS_DIR ?? "";
    expect(readFileSync(join(dir, entry.file)).equals(bytes)).toBe(true);
  });
});
