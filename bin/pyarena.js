#!/usr/bin/env node
import("../dist/cli/main.js").catch((error) => {
  process.stderr.write(`pyarena: could not start (did you run "npm run build"?): ${error}\n`);
  process.exit(1);
});
