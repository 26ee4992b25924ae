import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/** Files shipped beside the code (python/, native/, suites/), found from src/ or dist/ alike. */
export function packagePath(...parts: string[]): string {
  if (root === undefined) {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, "package.json"))) {
      const parent = dirname(dir);
      if (parent === dir) throw new Error("pyarena: cannot find the package root");
      dir = parent;
    }
    root = dir;
  }
  return join(root, ...parts);
}
