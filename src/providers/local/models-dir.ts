import { homedir } from "node:os";
import { join } from "node:path";

/** Where the folder comes from; the CLI passes `env`, tests pass a temporary `cacheDir`. */
export interface ModelsDirOptions {
  readonly cacheDir?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The folder that holds pulled models: `cacheDir` if given, else `PYARENA_MODELS_DIR`, else
 * `$XDG_CACHE_HOME/pyarena/models`, else `~/.cache/pyarena/models`. Models are large and shared
 * by every suite and run, so they live in the user's cache, never in a project folder.
 */
export function resolveModelsDir(options: ModelsDirOptions = {}): string {
  if (options.cacheDir) return options.cacheDir;
  const env = options.env ?? process.env;
  const explicit = env.PYARENA_MODELS_DIR;
  if (explicit) return explicit;
  const cacheHome = env.XDG_CACHE_HOME || join(env.HOME || homedir(), ".cache");
  return join(cacheHome, "pyarena", "models");
}
