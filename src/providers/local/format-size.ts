/**
 * `675.7 MB`, or `about 1.1 GB` for sizes the catalogue only knows roughly. Decimal units, as
 * Hugging Face shows them, so the numbers match what users see on the model page.
 */
export function formatSize(bytes: number, exact = true): string {
  const text =
    bytes >= 1e9
      ? `${(bytes / 1e9).toFixed(1)} GB`
      : bytes >= 1e6
        ? `${(bytes / 1e6).toFixed(1)} MB`
        : bytes >= 1e3
          ? `${(bytes / 1e3).toFixed(1)} kB`
          : `${bytes} B`;
  return exact ? text : `about ${text}`;
}
