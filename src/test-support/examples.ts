import { packagePath } from "../core/package-path.js";
import { loadSuite } from "../suites/load-suite.js";
import type { LoadedSuite, LoadedTask } from "../suites/loaded-task.js";

export const EXAMPLES_DIR = packagePath("suites", "examples");
export const SHARED_DATASETS = packagePath("..", "shared", "datasets");

export function examples(): LoadedSuite {
  return loadSuite(EXAMPLES_DIR);
}

export function exampleTask(suite: LoadedSuite, id: string): LoadedTask {
  const task = suite.tasks.find((t) => t.spec.id === id);
  if (task === undefined) throw new Error(`no example task ${id}`);
  return task;
}
