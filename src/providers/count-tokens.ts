/**
 * Counts tokens with gpt-tokenizer's o200k_base (GPT-4o's encoding), for responses whose API
 * reported no usage. Other models' tokenizers differ by some percent, which is why such counts
 * are marked `tokenSource: "tokenizer"`. The encoding (a few MB) loads on first use only.
 */
export async function countTokens(text: string): Promise<number> {
  if (text === "") return 0;
  const tokenizer = await import("gpt-tokenizer");
  // Model output may contain strings like "<|endoftext|>"; they are plain text here.
  return tokenizer.countTokens(text, { disallowedSpecial: new Set() });
}
