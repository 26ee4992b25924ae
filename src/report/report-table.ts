/** A renderer-neutral table: terminal, Markdown, CSV and JSON all come from the same rows. */
export interface ReportTable {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}
