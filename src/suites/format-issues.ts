import type { z } from "zod";

/** One problem in a suite, reported as `file: field.path: what was expected`. */
export interface SuiteProblem {
  readonly file: string;
  readonly field: string;
  readonly expected: string;
}

export function formatProblem(problem: SuiteProblem): string {
  return `${problem.file}: ${problem.field || "(file)"}: ${problem.expected}`;
}

export function zodProblems(file: string, error: z.ZodError): SuiteProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path
      .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
      .join(".")
      .replace(/\.\[/g, "["),
    expected: issue.message,
  }));
}
