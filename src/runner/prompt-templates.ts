import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packagePath } from "../core/package-path.js";
import { PyarenaError } from "../core/pyarena-error.js";

/** A versioned set of prompt templates; their hashes go into every run manifest (DESIGN §6). */
export interface PromptTemplates {
  readonly version: string;
  readonly texts: ReadonlyMap<string, string>;
  readonly hashes: Readonly<Record<string, string>>;
}

export const DEFAULT_PROMPT_VERSION = "v1";

/** Templates are files under prompts/<version>/, so changing one is a reviewed, visible change. */
export function loadPromptTemplates(version = DEFAULT_PROMPT_VERSION): PromptTemplates {
  const dir = packagePath("prompts", version);
  if (!existsSync(dir)) {
    const known = readdirSync(packagePath("prompts")).join(", ");
    throw new PyarenaError("USAGE", `no prompt templates ${version} (known: ${known})`);
  }
  const texts = new Map<string, string>();
  const hashes: Record<string, string> = {};
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".md") || file === "README.md") continue;
    const text = readFileSync(join(dir, file), "utf8");
    const name = file.slice(0, -3);
    texts.set(name, text);
    hashes[name] = createHash("sha256").update(text).digest("hex");
  }
  return { version, texts, hashes };
}

export function template(templates: PromptTemplates, name: string): string {
  const text = templates.texts.get(name);
  if (text === undefined)
    throw new PyarenaError("USAGE", `prompt templates ${templates.version} have no ${name}.md`);
  return text;
}

/**
 * Fill `{{name}}` and keep `{{#name}}…{{/name}}` only when name is set. Deliberately tiny: a
 * template language with logic would make prompts harder to read and to hash meaningfully.
 */
export function renderTemplate(text: string, vars: Readonly<Record<string, string | undefined>>): string {
  const sections = text.replace(
    /\{\{#(\w+)\}\}\n?([\s\S]*?)\{\{\/\1\}\}\n?/g,
    (_, name: string, body: string) => (vars[name] ? body : ""),
  );
  return sections.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? "").trimEnd();
}

/** Canary lines mark benchmark files for crawlers; they must never reach a model. */
export function stripCanary(text: string, canary: string): string {
  return text
    .split("\n")
    .filter((line) => !line.includes(canary) && !line.includes("PYARENA-CANARY"))
    .join("\n")
    .replace(/^\s*\n/, "");
}
