import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { PyarenaError } from "../../core/pyarena-error.js";
import { type CatalogueEntry, MODEL_CATALOGUE } from "./model-catalogue.js";
import { type ModelsDirOptions, resolveModelsDir } from "./models-dir.js";

/** A catalogue model and what of it is on disk. */
export interface CatalogueStatus {
  readonly entry: CatalogueEntry;
  readonly path: string;
  /** Size of the complete file, or null when it is not downloaded. */
  readonly bytes: number | null;
  /** Size of an interrupted download waiting to be resumed, or null. */
  readonly partialBytes: number | null;
}

/** What `pyarena models list` shows: every catalogue model, and other GGUF files found in the folder. */
export interface ModelsFolder {
  readonly dir: string;
  readonly catalogue: readonly CatalogueStatus[];
  /** GGUF files that are not catalogue models; usable as `local:<path>`. */
  readonly others: readonly { readonly path: string; readonly bytes: number }[];
}

/** Lists the models folder against the catalogue, so users see what runs offline right now. */
export async function listModelsFolder(options: ModelsDirOptions = {}): Promise<ModelsFolder> {
  const dir = resolveModelsDir(options);
  const catalogue: CatalogueStatus[] = [];
  for (const entry of MODEL_CATALOGUE) {
    const path = join(dir, entry.file);
    catalogue.push({
      entry,
      path,
      bytes: await fileSize(path),
      partialBytes: await fileSize(`${path}.part`),
    });
  }
  const known = new Set(MODEL_CATALOGUE.map((entry) => entry.file));
  const others: { path: string; bytes: number }[] = [];
  for (const name of await folderEntries(dir)) {
    if (!name.endsWith(".gguf") || known.has(name)) continue;
    const bytes = await fileSize(join(dir, name));
    if (bytes !== null) others.push({ path: join(dir, name), bytes });
  }
  return { dir, catalogue, others };
}

async function fileSize(path: string): Promise<number | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw unreadable(path, error);
  }
}

async function folderEntries(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw unreadable(dir, error);
  }
}

function unreadable(path: string, error: unknown): PyarenaError {
  return new PyarenaError("MODEL_NOT_AVAILABLE", `cannot read ${path}: ${(error as Error).message}`, {
    cause: error,
  });
}
