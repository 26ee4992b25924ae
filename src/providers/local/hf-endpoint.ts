/** The public hub; `resolve` URLs on it redirect to a CDN and carry the file's SHA-256. */
export const DEFAULT_HF_ENDPOINT = "https://huggingface.co";

/**
 * The Hugging Face endpoint to download from: `PYARENA_HF_ENDPOINT`, else `HF_ENDPOINT` (the
 * variable huggingface_hub already honours, so a mirror configured for Python tools works here
 * too), else the public hub. Tests point it at a local server.
 */
export function resolveHfEndpoint(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.PYARENA_HF_ENDPOINT || env.HF_ENDPOINT || DEFAULT_HF_ENDPOINT;
}
