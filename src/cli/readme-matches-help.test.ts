import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { packagePath } from "../core/package-path.js";
import { buildProgram } from "./main.js";

const README = readFileSync(packagePath("README.md"), "utf8");

/** The flag as a whole word, so `--run` is not found inside `--runs`. */
function mentions(flag: string): boolean {
  return new RegExp(`(?<![\\w-])${flag}(?![\\w-])`).test(README);
}

function commands(command: Command, prefix: string[] = []): { path: string[]; command: Command }[] {
  return command.commands.flatMap((c) => {
    const path = [...prefix, c.name()];
    return [{ path, command: c }, ...commands(c, path)];
  });
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") && !path.includes("test-support") ? [path] : [];
  });
}

describe("the README documents the command line", () => {
  const all = commands(buildProgram());

  it.each(all.map((c) => [c.path.join(" "), c.command] as const))(
    "pyarena %s and its options",
    (path, command) => {
      expect(README).toContain(`pyarena ${path}`);
      for (const option of command.options) {
        if (option.long === "--help") continue;
        expect(mentions(option.long ?? ""), `${path} ${option.long}`).toBe(true);
      }
    },
  );

  it("documents every global option", () => {
    for (const option of buildProgram().options) expect(mentions(option.long ?? ""), option.long).toBe(true);
  });

  it("documents every environment variable the code reads", () => {
    const names = new Set<string>();
    for (const file of sources(packagePath("src"))) {
      for (const match of readFileSync(file, "utf8").matchAll(
        /\b(PYARENA_[A-Z_]+|[A-Z]+_API_KEY|[A-Z]+_BASE_URL|OLLAMA_HOST|HF_ENDPOINT)\b/g,
      ))
        names.add(match[1] ?? "");
    }
    expect(names.size).toBeGreaterThan(10);
    const missing = [...names].filter((n) => !README.includes(`\`${n}\``));
    expect(missing).toEqual([]);
  });
});
