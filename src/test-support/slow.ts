import { describe } from "vitest";

/**
 * Slow tests (seconds of sandboxed CPU, whole datasets) run by default and in CI; set
 * PYARENA_SKIP_SLOW=1 (`npm run test:fast`) to skip them while iterating.
 */
export const describeSlow = describe.skipIf(process.env.PYARENA_SKIP_SLOW === "1");
