import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { type SuiteProblem, zodProblems } from "./format-issues.js";

/**
 * Read and validate a YAML or JSON file against its schema. Problems are collected, not thrown,
 * so that one `suite check` run reports every broken file at once.
 */
export function readSpecFile<S extends z.ZodType>(
  path: string,
  displayPath: string,
  schema: S,
  problems: SuiteProblem[],
): z.infer<S> | undefined {
  let raw: unknown;
  try {
    const text = readFileSync(path, "utf8");
    raw = path.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({
      file: displayPath,
      field: "",
      expected:
        code === "ENOENT"
          ? "the file to exist"
          : `valid ${path.endsWith(".json") ? "JSON" : "YAML"} (${(error as Error).message.split("\n")[0]})`,
    });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push(...zodProblems(displayPath, result.error));
    return undefined;
  }
  return result.data;
}
