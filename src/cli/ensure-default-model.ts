import { listModelsFolder } from "../providers/local/cached-models.js";
import { pullModel } from "../providers/local/pull-model.js";

/**
 * With no --model, pyarena runs a small local model so a first run needs no API key. It is
 * downloaded once, on first use, with the same checked path as `pyarena models pull`; offline,
 * pullModel fails with a message that names the alternatives.
 */
export async function ensureDefaultModel(spec: string, signal: AbortSignal): Promise<void> {
  const name = spec.slice(spec.indexOf(":") + 1);
  const folder = await listModelsFolder({ env: process.env });
  const status = folder.catalogue.find((c) => c.entry.name === name);
  if (status === undefined || status.bytes !== null) return;
  const mb = (n: number) => (n / 1e6).toFixed(0);
  process.stderr.write(
    `pyarena: no --model given: downloading the default local model ${name} (${mb(status.entry.bytes)} MB) into ${folder.dir}\n`,
  );
  let lastPercent = -1;
  const result = await pullModel(name, {
    env: process.env,
    signal,
    onProgress: (p) => {
      const percent = p.total ? Math.floor((p.bytes / p.total) * 100) : 0;
      if (percent === lastPercent) return;
      lastPercent = percent;
      const rate = `${(p.bytesPerSecond / 1e6).toFixed(1)} MB/s`;
      if (process.stderr.isTTY) process.stderr.write(`\r  ${percent}% ${mb(p.bytes)} MB ${rate}`);
      else if (percent % 10 === 0) process.stderr.write(`  ${percent}% ${mb(p.bytes)} MB ${rate}\n`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
  process.stderr.write(
    `pyarena: ${name} ready (sha256 ${result.sha256.slice(0, 12)}…, checked against ${result.verifiedAgainst})\n`,
  );
}
