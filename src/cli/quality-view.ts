import pc from "picocolors";
import type { CandidateQuality } from "../runner/analyse-candidate-quality.js";

function percent(v: number | null): string {
  return v === null ? "–" : `${(v * 100).toFixed(0)}%`;
}

/** One candidate's quality findings as `pyarena exec --quality` prints them (docs/quality.md). */
export function renderQuality(q: CandidateQuality): string {
  const { lint, documentation: d, types } = q;
  const lines = [
    `${pc.bold("quality")}: ${lint.findings.length} ruff finding(s) on ${lint.nonBlankLines} lines (${lint.findingsPer100Lines.toFixed(1)} per 100): likely bug ${lint.counts["likely-bug"]}, idiom ${lint.counts.idiom}, readability ${lint.counts.readability}; most complex function ${lint.complexity.max}`,
    ...lint.findings.map((f) => `  ${f.line}:${f.column} ${f.code} [${f.group}] ${f.message}`),
  ];
  if (d === null) lines.push(`documentation: none (${q.documentationNote ?? "no result"})`);
  else {
    lines.push(
      `documentation: docstrings ${d.documented}/${d.publicDefinitions} (${percent(d.docstringCoverage)}), well shaped ${d.wellShaped}; type hints ${d.annotatedSlots}/${d.hintSlots} (${percent(d.hintCoverage)})`,
      ...d.shapeFindings.map((f) => `  ${f.line} ${f.name}: ${f.problems.join(", ")}`),
    );
  }
  if (types === undefined) lines.push("types: pyright gave no result");
  else {
    lines.push(
      `types: ${types.errors} pyright error(s)${types.syntaxErrors > 0 ? `, ${types.syntaxErrors} syntax error(s)` : ""}`,
      ...types.diagnostics.map((t) => `  ${t.line} ${t.rule}: ${t.message.split("\n")[0]}`),
    );
  }
  return lines.join("\n");
}
