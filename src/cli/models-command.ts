import type { Command } from "commander";
import pc from "picocolors";
import { listModelsFolder } from "../providers/local/cached-models.js";
import { formatSize } from "../providers/local/format-size.js";
import { type PullProgress, pullModel } from "../providers/local/pull-model.js";
import { interruptSignal } from "./global-options.js";
import { table } from "./table.js";

/**
 * `pyarena models list` and `pyarena models pull <name>`: the embedded models must be downloaded
 * once, explicitly, so a benchmark run never starts a multi-gigabyte download by surprise.
 */
export function registerModels(program: Command): void {
  const models = program
    .command("models")
    .description("list and download the models that run inside pyarena");

  models
    .command("list")
    .description("show the catalogue of local models, which are downloaded and their size")
    .action(async () => {
      process.stdout.write(await renderList());
    });

  models
    .command("pull")
    .argument("<name>", "a catalogue model, e.g. qwen2.5-coder-0.5b")
    .description("download a local model into the models folder (resumable, checksum-verified)")
    .action(async (name: string) => {
      const bar = new ProgressBar(process.stderr);
      const result = await pullModel(name, {
        signal: interruptSignal(),
        onProgress: (progress) => bar.update(progress),
      });
      bar.done();
      if (result.verifiedAgainst === "existing") {
        process.stdout.write(`${name} is already downloaded: ${result.path}\n`);
        return;
      }
      const seconds = result.wallMs / 1000;
      const resumed = result.resumedFrom > 0 ? `, resumed at ${formatSize(result.resumedFrom)}` : "";
      process.stdout.write(
        `${pc.green(`${name}: ${formatSize(result.bytes)} in ${seconds.toFixed(1)} s${resumed}`)}\n` +
          `  ${result.path}\n  sha256 ${result.sha256} (verified against the ${
            result.verifiedAgainst === "catalogue" ? "catalogue" : "server's X-Linked-ETag"
          })\n  use it as --model local:${name}\n`,
      );
    });
}

async function renderList(): Promise<string> {
  const folder = await listModelsFolder();
  const rows = table(["name", "size", "downloaded", "description"]);
  for (const status of folder.catalogue) {
    const { entry } = status;
    const state =
      status.bytes !== null
        ? pc.green("yes")
        : status.partialBytes !== null
          ? pc.yellow(`partly (${formatSize(status.partialBytes)}; pull resumes)`)
          : "no";
    rows.push([
      entry.name,
      formatSize(status.bytes ?? entry.bytes, status.bytes !== null || entry.exactSize),
      state,
      entry.description,
    ]);
  }
  const lines = [`models folder: ${folder.dir}`, rows.toString()];
  if (folder.others.length > 0) {
    lines.push("other GGUF files in the folder (use as local:<path>):");
    for (const other of folder.others) lines.push(`  ${other.path}  ${formatSize(other.bytes)}`);
  }
  lines.push("download one with: pyarena models pull <name>");
  return `${lines.join("\n")}\n`;
}

/**
 * One line on stderr: percent, megabytes, rate and time left. Redrawn at most ten times a second
 * on a terminal; elsewhere (CI logs, pipes) one line per 10 %, so logs stay readable.
 */
class ProgressBar {
  private lastDraw = 0;
  private lastDecile = -1;
  private drawn = false;

  constructor(private readonly out: NodeJS.WriteStream) {}

  update(progress: PullProgress): void {
    const now = performance.now();
    const finished = progress.total !== null && progress.bytes >= progress.total;
    if (this.out.isTTY) {
      if (now - this.lastDraw < 100 && !finished) return;
      this.lastDraw = now;
      this.out.write(`\r\x1b[K${describe(progress)}`);
      this.drawn = true;
      return;
    }
    const decile = progress.total ? Math.floor((progress.bytes / progress.total) * 10) : -1;
    if (decile === this.lastDecile) return;
    this.lastDecile = decile;
    this.out.write(`${describe(progress)}\n`);
  }

  done(): void {
    if (this.drawn) this.out.write("\n");
  }
}

function describe(progress: PullProgress): string {
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  const rate = `${mb(progress.bytesPerSecond)} MB/s`;
  if (progress.total === null || progress.total === 0) return `  ${mb(progress.bytes)} MB  ${rate}`;
  const fraction = Math.min(1, progress.bytes / progress.total);
  const width = 24;
  const filled = Math.round(fraction * width);
  const bar = `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
  const left =
    progress.bytesPerSecond > 0 ? (progress.total - progress.bytes) / progress.bytesPerSecond : Number.NaN;
  return `  ${bar} ${(fraction * 100).toFixed(0).padStart(3)}%  ${mb(progress.bytes)}/${mb(progress.total)} MB  ${rate}  ETA ${clock(left)}`;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--:--";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}
