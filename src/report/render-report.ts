import Table from "cli-table3";
import type { ReportTable } from "./report-table.js";

export type ReportFormat = "terminal" | "markdown" | "csv" | "json";

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function mdCell(value: string): string {
  return value.replace(/\|/g, "\\|");
}

/** Render report tables; JSON keeps the table structure so scripts need not parse text. */
export function renderReport(tables: readonly ReportTable[], format: ReportFormat, color = false): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(tables, null, 2)}\n`;
    case "csv":
      return tables
        .map((t) =>
          [t.title, t.headers.map(csvCell).join(","), ...t.rows.map((r) => r.map(csvCell).join(","))].join(
            "\n",
          ),
        )
        .join("\n\n")
        .concat("\n");
    case "markdown":
      return tables
        .map((t) =>
          [
            `### ${t.title}`,
            "",
            `| ${t.headers.map(mdCell).join(" | ")} |`,
            `| ${t.headers.map(() => "---").join(" | ")} |`,
            ...t.rows.map((r) => `| ${r.map(mdCell).join(" | ")} |`),
          ].join("\n"),
        )
        .join("\n\n")
        .concat("\n");
    case "terminal":
      return tables
        .map((t) => {
          const table = new Table({
            head: [...t.headers],
            style: color ? {} : { head: [], border: [] },
          });
          for (const row of t.rows) table.push([...row]);
          return `${t.title}\n${table.toString()}`;
        })
        .join("\n\n")
        .concat("\n");
  }
}
