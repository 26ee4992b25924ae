import pc from "picocolors";
import type { UnitResult } from "../core/run-record.js";

interface ModelProgress {
  planned: number;
  done: number;
  passed: number;
  errors: number;
  startedDone: number;
  /** When this bar began counting; models start with the view, the quality pass later. */
  startedAt?: number;
}

const BAR = 24;

/**
 * Live progress on stderr: one bar per model with pass rate, rate and ETA. On a terminal the
 * bars redraw in place; in a log (CI, pipes) a line is printed every 10% so logs stay short.
 */
export class ProgressView {
  readonly #models = new Map<string, ModelProgress>();
  readonly #started = performance.now();
  readonly #tty: boolean;
  #drawn = 0;
  #lastLogged = new Map<string, number>();

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {
    this.#tty = Boolean(out.isTTY) && process.env.CI === undefined;
  }

  start(planned: ReadonlyMap<string, number>, alreadyDone: ReadonlyMap<string, number>): void {
    for (const [model, n] of planned) {
      const done = alreadyDone.get(model) ?? 0;
      this.#models.set(model, { planned: n, done, passed: 0, errors: 0, startedDone: done });
    }
    this.draw();
  }

  unit(unit: UnitResult): void {
    const m = this.#models.get(unit.model);
    if (m === undefined) return;
    m.done++;
    if (unit.passed) m.passed++;
    this.draw(unit.model);
  }

  /** The quality pass after the units: one more bar, drawn like a model's. */
  quality(done: number, total: number): void {
    const name = "quality analysis";
    let m = this.#models.get(name);
    if (m === undefined) {
      m = { planned: total, done, passed: 0, errors: 0, startedDone: done, startedAt: performance.now() };
      this.#models.set(name, m);
    }
    m.planned = total;
    m.done = done;
    this.draw(name);
  }

  error(model: string): void {
    const m = this.#models.get(model);
    if (m === undefined) return;
    m.errors++;
    this.draw(model);
  }

  #line(model: string, m: ModelProgress): string {
    const fraction = m.planned === 0 ? 1 : m.done / m.planned;
    const filled = Math.round(fraction * BAR);
    const bar = pc.green("█".repeat(filled)) + pc.dim("░".repeat(BAR - filled));
    const seconds = (performance.now() - (m.startedAt ?? this.#started)) / 1000;
    const fresh = m.done - m.startedDone;
    const perSecond = seconds > 0 ? fresh / seconds : 0;
    const eta = perSecond > 0 ? (m.planned - m.done) / perSecond : Number.NaN;
    const judged = fresh;
    const pass =
      judged > 0 && m.startedAt === undefined ? `${((m.passed / judged) * 100).toFixed(0)}% pass` : "";
    const errs = m.errors > 0 ? pc.red(` ${m.errors} errors`) : "";
    const etaText = Number.isFinite(eta)
      ? `ETA ${eta < 90 ? `${eta.toFixed(0)}s` : `${(eta / 60).toFixed(1)}m`}`
      : "";
    return `${model.padEnd(28).slice(0, 28)} ${bar} ${m.done}/${m.planned} ${perSecond.toFixed(2)}/s ${etaText} ${pass}${errs}`;
  }

  draw(changed?: string): void {
    if (this.#tty) {
      if (this.#drawn > 0) this.out.write(`\x1b[${this.#drawn}A`);
      for (const [model, m] of this.#models) this.out.write(`\x1b[2K${this.#line(model, m)}\n`);
      this.#drawn = this.#models.size;
      return;
    }
    if (changed === undefined) return;
    const m = this.#models.get(changed);
    if (m === undefined) return;
    const step = Math.max(1, Math.ceil(m.planned / 10));
    const last = this.#lastLogged.get(changed) ?? m.startedDone;
    if (m.done - last >= step || m.done === m.planned) {
      this.#lastLogged.set(changed, m.done);
      this.out.write(`${this.#line(changed, m)}\n`);
    }
  }
}
