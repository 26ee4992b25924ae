import { closeSync, openSync, readSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { PyarenaError } from "../../core/pyarena-error.js";
import { formatSize } from "./format-size.js";
import { MODEL_ALTERNATIVES, MODEL_ALTERNATIVES_SHORT } from "./model-alternatives.js";
import { type CatalogueEntry, catalogueNames, findCatalogueEntry } from "./model-catalogue.js";
import { type ModelsDirOptions, resolveModelsDir } from "./models-dir.js";

/** A `local:` spec resolved to a file that exists and starts like a GGUF model. */
export interface LocalModelFile {
  /** The catalogue name, or the absolute path for `local:/path/to/file.gguf`. */
  readonly modelId: string;
  readonly path: string;
  readonly entry: CatalogueEntry | undefined;
}

const PREFIX = "local:";

/** A spec names a file (rather than a catalogue model) when it looks like a path. */
function looksLikePath(name: string): boolean {
  return name.endsWith(".gguf") || name.includes("/") || name.includes("\\") || name.startsWith("~");
}

/**
 * Resolves `local:<name>` (a catalogue model in the models folder) or `local:<path>.gguf`.
 * Everything is checked here, before a run starts, so a missing model fails in the first second
 * with instructions instead of after the first task was planned.
 */
export function resolveLocalSpec(spec: string, options: ModelsDirOptions = {}): LocalModelFile {
  if (!spec.startsWith(PREFIX) || spec.length === PREFIX.length) {
    throw new PyarenaError(
      "MODEL_SPEC_INVALID",
      `"${spec}" is not a local model spec; expected local:<name> or local:<file.gguf>`,
    );
  }
  const name = spec.slice(PREFIX.length);
  if (looksLikePath(name)) {
    const expanded = name.startsWith("~/") ? join(homedir(), name.slice(2)) : name;
    const path = isAbsolute(expanded) ? expanded : resolve(expanded);
    checkGgufFile(path);
    return { modelId: path, path, entry: undefined };
  }
  const entry = findCatalogueEntry(name);
  if (entry === undefined) {
    throw new PyarenaError("MODEL_SPEC_INVALID", `unknown local model "${name}"`, {
      details: [`known models: ${catalogueNames().join(", ")}`, "or give a file: local:/path/to/model.gguf"],
    });
  }
  const dir = resolveModelsDir(options);
  const path = join(dir, entry.file);
  if (!isFile(path)) {
    throw new PyarenaError(
      "MODEL_NOT_AVAILABLE",
      `local model ${entry.name} is not downloaded; \`pyarena models pull ${entry.name}\` downloads it ` +
        `(${formatSize(entry.bytes, entry.exactSize)}) into ${dir}. ${MODEL_ALTERNATIVES_SHORT}`,
      { details: ["or use instead:", ...MODEL_ALTERNATIVES.map((line) => `- ${line}`)] },
    );
  }
  checkGgufFile(path);
  return { modelId: entry.name, path, entry };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw new PyarenaError("MODEL_NOT_AVAILABLE", `cannot read ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** llama.cpp reports a wrong file with a generic load failure; the magic number says it plainly. */
function checkGgufFile(path: string): void {
  if (!isFile(path)) {
    throw new PyarenaError(
      "MODEL_NOT_AVAILABLE",
      `model file ${path} does not exist (or is not a file). ${MODEL_ALTERNATIVES_SHORT}`,
      {
        details: ["or use instead:", ...MODEL_ALTERNATIVES.map((line) => `- ${line}`)],
      },
    );
  }
  const magic = Buffer.alloc(4);
  const fd = openSync(path, "r");
  try {
    readSync(fd, magic, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (magic.toString("latin1") !== "GGUF") {
    throw new PyarenaError(
      "MODEL_NOT_AVAILABLE",
      `${path} is not a GGUF model file (it does not start with "GGUF")`,
    );
  }
}
