import { resolve } from "node:path";
import type { Command } from "commander";
import { Store } from "../store/store.js";

/** The project's results database: ./.pyarena/pyarena.db unless --db or PYARENA_DB says otherwise. */
export function storePath(command: Command): string {
  const options = command.optsWithGlobals<{ db?: string }>();
  return resolve(options.db ?? process.env.PYARENA_DB ?? ".pyarena/pyarena.db");
}

export function openStore(command: Command): Store {
  return Store.open(storePath(command));
}
