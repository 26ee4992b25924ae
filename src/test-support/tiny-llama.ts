import { seededRandom } from "../core/seeded-random.js";
import { type GgufTensor, type GgufValue, writeGguf } from "./gguf-writer.js";

export interface TinyLlamaOptions {
  /** Seeds the weights; the same seed gives the same file byte for byte. */
  readonly seed?: number;
  readonly layers?: number;
  readonly embedding?: number;
  readonly heads?: number;
  readonly contextLength?: number;
  readonly feedForward?: number;
}

/** What a test needs to know about the file it made. */
export interface TinyLlamaFile {
  readonly path: string;
  readonly vocabulary: readonly string[];
  /** Token ids that the weights never let the model sample (control tokens, unknown, bytes). */
  readonly suppressedTokens: readonly number[];
}

/** ChatML, the template of the Qwen models pyarena catalogues, so tests take the same path. */
export const CHATML_TEMPLATE =
  "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

const TOKEN_NORMAL = 1;
const TOKEN_UNKNOWN = 2;
const TOKEN_CONTROL = 3;
const TOKEN_BYTE = 6;

const WORDS = [
  "def",
  "return",
  "print",
  "for",
  "in",
  "if",
  "else",
  "import",
  "class",
  "self",
  "None",
  "True",
];

/** A SentencePiece ("llama") vocabulary: specials, the 256 byte-fallback tokens, then pieces. */
function buildVocabulary(): { tokens: string[]; scores: number[]; types: number[] } {
  const tokens: string[] = ["<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"];
  const types: number[] = [TOKEN_UNKNOWN, TOKEN_CONTROL, TOKEN_CONTROL, TOKEN_CONTROL, TOKEN_CONTROL];
  for (let byte = 0; byte < 256; byte++) {
    tokens.push(`<0x${byte.toString(16).toUpperCase().padStart(2, "0")}>`);
    types.push(TOKEN_BYTE);
  }
  const pieces = ["▁", ..."abcdefghijklmnopqrstuvwxyz0123456789():=+-,.", ...WORDS.map((w) => `▁${w}`)];
  for (const piece of pieces) {
    tokens.push(piece);
    types.push(TOKEN_NORMAL);
  }
  // Longer pieces score higher, so the SentencePiece merge prefers whole words.
  const scores = tokens.map((token, i) => (types[i] === TOKEN_NORMAL ? token.length - i / 1000 : 0));
  return { tokens, scores, types };
}

/**
 * Writes a llama-architecture GGUF with random F32 weights (about 0.3 MB at the defaults) that
 * llama.cpp loads, templates and samples like any published model. The output rows of control,
 * unknown and byte tokens are zero while the others are large, so the model never ends on its own
 * and every sampled token is printable: tests can count text chunks and stop it with
 * `maxOutputTokens` or an abort.
 */
export async function writeTinyLlama(path: string, options: TinyLlamaOptions = {}): Promise<TinyLlamaFile> {
  const layers = options.layers ?? 2;
  const embedding = options.embedding ?? 64;
  const heads = options.heads ?? 4;
  const contextLength = options.contextLength ?? 256;
  const feedForward = options.feedForward ?? 128;
  const random = seededRandom(options.seed ?? 42);
  const { tokens, scores, types } = buildVocabulary();
  const vocab = tokens.length;

  const filled = (length: number, scale: number): Float32Array =>
    Float32Array.from({ length }, () => (random() * 2 - 1) * scale);
  const ones = (length: number): Float32Array => new Float32Array(length).fill(1);

  const output = filled(embedding * vocab, 1);
  const suppressedTokens: number[] = [];
  types.forEach((type, id) => {
    if (type === TOKEN_NORMAL) return;
    suppressedTokens.push(id);
    output.fill(0, id * embedding, (id + 1) * embedding);
  });

  const tensors: GgufTensor[] = [
    { name: "token_embd.weight", dims: [embedding, vocab], data: filled(embedding * vocab, 1) },
  ];
  const square = embedding * embedding;
  const projection = 1 / Math.sqrt(embedding);
  for (let layer = 0; layer < layers; layer++) {
    const blk = `blk.${layer}`;
    tensors.push(
      { name: `${blk}.attn_norm.weight`, dims: [embedding], data: ones(embedding) },
      { name: `${blk}.attn_q.weight`, dims: [embedding, embedding], data: filled(square, projection) },
      { name: `${blk}.attn_k.weight`, dims: [embedding, embedding], data: filled(square, projection) },
      { name: `${blk}.attn_v.weight`, dims: [embedding, embedding], data: filled(square, projection) },
      { name: `${blk}.attn_output.weight`, dims: [embedding, embedding], data: filled(square, projection) },
      { name: `${blk}.ffn_norm.weight`, dims: [embedding], data: ones(embedding) },
      {
        name: `${blk}.ffn_gate.weight`,
        dims: [embedding, feedForward],
        data: filled(embedding * feedForward, projection),
      },
      {
        name: `${blk}.ffn_up.weight`,
        dims: [embedding, feedForward],
        data: filled(embedding * feedForward, projection),
      },
      {
        name: `${blk}.ffn_down.weight`,
        dims: [feedForward, embedding],
        data: filled(embedding * feedForward, 1 / Math.sqrt(feedForward)),
      },
    );
  }
  tensors.push(
    { name: "output_norm.weight", dims: [embedding], data: ones(embedding) },
    { name: "output.weight", dims: [embedding, vocab], data: output },
  );

  const metadata: Record<string, GgufValue> = {
    "general.architecture": { type: "string", value: "llama" },
    "general.name": { type: "string", value: "pyarena tiny test llama" },
    "general.file_type": { type: "u32", value: 0 },
    "llama.context_length": { type: "u32", value: contextLength },
    "llama.embedding_length": { type: "u32", value: embedding },
    "llama.block_count": { type: "u32", value: layers },
    "llama.feed_forward_length": { type: "u32", value: feedForward },
    "llama.attention.head_count": { type: "u32", value: heads },
    "llama.attention.head_count_kv": { type: "u32", value: heads },
    "llama.rope.dimension_count": { type: "u32", value: embedding / heads },
    "llama.rope.freq_base": { type: "f32", value: 10000 },
    "llama.attention.layer_norm_rms_epsilon": { type: "f32", value: 1e-5 },
    "llama.vocab_size": { type: "u32", value: vocab },
    "tokenizer.ggml.model": { type: "string", value: "llama" },
    "tokenizer.ggml.tokens": { type: "string[]", value: tokens },
    "tokenizer.ggml.scores": { type: "f32[]", value: scores },
    "tokenizer.ggml.token_type": { type: "i32[]", value: types },
    "tokenizer.ggml.unknown_token_id": { type: "u32", value: 0 },
    "tokenizer.ggml.bos_token_id": { type: "u32", value: 1 },
    "tokenizer.ggml.eos_token_id": { type: "u32", value: 4 },
    "tokenizer.ggml.add_bos_token": { type: "bool", value: false },
    "tokenizer.chat_template": { type: "string", value: CHATML_TEMPLATE },
  };
  await writeGguf(path, metadata, tensors);
  return { path, vocabulary: tokens, suppressedTokens };
}
