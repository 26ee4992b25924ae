/**
 * One downloadable model. The catalogue is small on purpose: names users can type
 * (`local:qwen2.5-coder-0.5b`) that always mean the same bytes, so results stay comparable.
 */
export interface CatalogueEntry {
  readonly name: string;
  /** Hugging Face repository, e.g. `Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF`. */
  readonly repo: string;
  readonly file: string;
  /** Branch or commit of the repository; `main` unless pinned. */
  readonly revision: string;
  /**
   * SHA-256 of the file, where two independent published sources agree on it. When null, the
   * download is checked against the `X-Linked-ETag` header Hugging Face sends for LFS files,
   * which is the file's SHA-256.
   */
  readonly sha256: string | null;
  /** Exact size when known (with `sha256`), otherwise a rounded figure for `models list`. */
  readonly bytes: number;
  readonly exactSize: boolean;
  readonly description: string;
}

export const MODEL_CATALOGUE: readonly CatalogueEntry[] = [
  {
    name: "qwen2.5-coder-0.5b",
    repo: "Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF",
    file: "qwen2.5-coder-0.5b-instruct-q8_0.gguf",
    revision: "main",
    sha256: "e1a77721fa97d412f121878223eec81fb4ae6f271e18f922d746711f67b344d1",
    bytes: 675_710_848,
    exactSize: true,
    description: "Qwen2.5-Coder 0.5B Instruct, Q8_0; fast on any CPU",
  },
  {
    name: "qwen2.5-coder-1.5b",
    repo: "Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF",
    file: "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    revision: "main",
    sha256: null,
    bytes: 1_120_000_000,
    exactSize: false,
    description: "Qwen2.5-Coder 1.5B Instruct, Q4_K_M",
  },
  {
    name: "qwen2.5-coder-3b",
    repo: "Qwen/Qwen2.5-Coder-3B-Instruct-GGUF",
    file: "qwen2.5-coder-3b-instruct-q4_k_m.gguf",
    revision: "main",
    sha256: null,
    bytes: 2_100_000_000,
    exactSize: false,
    description: "Qwen2.5-Coder 3B Instruct, Q4_K_M (Qwen research licence)",
  },
  {
    name: "qwen2.5-coder-7b",
    repo: "Qwen/Qwen2.5-Coder-7B-Instruct-GGUF",
    file: "qwen2.5-coder-7b-instruct-q4_k_m.gguf",
    revision: "main",
    sha256: null,
    bytes: 4_680_000_000,
    exactSize: false,
    description: "Qwen2.5-Coder 7B Instruct, Q4_K_M; needs about 6 GB of memory",
  },
];

/** The entry for a catalogue name, or undefined; names are matched exactly (they are identities). */
export function findCatalogueEntry(name: string): CatalogueEntry | undefined {
  return MODEL_CATALOGUE.find((entry) => entry.name === name);
}

/** The names, for messages that must list what a user could have typed. */
export function catalogueNames(): string[] {
  return MODEL_CATALOGUE.map((entry) => entry.name);
}

/** The `resolve` URL of an entry on a Hugging Face endpoint (the real hub or a mirror). */
export function catalogueUrl(entry: CatalogueEntry, endpoint: string): string {
  const base = endpoint.replace(/\/+$/, "");
  const repo = entry.repo.split("/").map(encodeURIComponent).join("/");
  return `${base}/${repo}/resolve/${encodeURIComponent(entry.revision)}/${encodeURIComponent(entry.file)}`;
}
