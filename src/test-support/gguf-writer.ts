import { open } from "node:fs/promises";

/**
 * A metadata value with its GGUF type spelled out: JavaScript numbers do not say whether they
 * are u32, i32 or f32, and llama.cpp rejects a key stored with the wrong type.
 */
export type GgufValue =
  | { readonly type: "u32"; readonly value: number }
  | { readonly type: "i32"; readonly value: number }
  | { readonly type: "f32"; readonly value: number }
  | { readonly type: "bool"; readonly value: boolean }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "string[]"; readonly value: readonly string[] }
  | { readonly type: "f32[]"; readonly value: ArrayLike<number> }
  | { readonly type: "i32[]"; readonly value: ArrayLike<number> };

/** An F32 tensor; `dims[0]` is the innermost (fastest-varying) dimension, as in ggml. */
export interface GgufTensor {
  readonly name: string;
  readonly dims: readonly number[];
  readonly data: Float32Array;
}

const GGUF_MAGIC = 0x46554747; // "GGUF" read as a little-endian u32
const GGUF_VERSION = 3;
const ALIGNMENT = 32;
const GGML_TYPE_F32 = 0;

/** Value type ids of the GGUF specification (ggml/docs/gguf.md). */
const TYPE_ID = { u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9 } as const;

/** Little-endian byte sink that grows as needed; GGUF headers are small, tensors are appended as-is. */
class ByteSink {
  private buffer = Buffer.alloc(1 << 16);
  length = 0;

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const next = Buffer.alloc(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }
  u32(value: number): void {
    this.reserve(4);
    this.length = this.buffer.writeUInt32LE(value, this.length);
  }
  i32(value: number): void {
    this.reserve(4);
    this.length = this.buffer.writeInt32LE(value, this.length);
  }
  u64(value: number): void {
    this.reserve(8);
    this.length = this.buffer.writeBigUInt64LE(BigInt(value), this.length);
  }
  f32(value: number): void {
    this.reserve(4);
    this.length = this.buffer.writeFloatLE(value, this.length);
  }
  u8(value: number): void {
    this.reserve(1);
    this.length = this.buffer.writeUInt8(value, this.length);
  }
  string(value: string): void {
    const bytes = Buffer.from(value, "utf8");
    this.u64(bytes.length);
    this.reserve(bytes.length);
    this.length += bytes.copy(this.buffer, this.length);
  }
  padTo(alignment: number): void {
    while (this.length % alignment !== 0) this.u8(0);
  }
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

function writeValue(sink: ByteSink, value: GgufValue): void {
  switch (value.type) {
    case "u32":
      sink.u32(TYPE_ID.u32);
      sink.u32(value.value);
      return;
    case "i32":
      sink.u32(TYPE_ID.i32);
      sink.i32(value.value);
      return;
    case "f32":
      sink.u32(TYPE_ID.f32);
      sink.f32(value.value);
      return;
    case "bool":
      sink.u32(TYPE_ID.bool);
      sink.u8(value.value ? 1 : 0);
      return;
    case "string":
      sink.u32(TYPE_ID.string);
      sink.string(value.value);
      return;
    case "string[]":
      sink.u32(TYPE_ID.array);
      sink.u32(TYPE_ID.string);
      sink.u64(value.value.length);
      for (const item of value.value) sink.string(item);
      return;
    case "f32[]":
      sink.u32(TYPE_ID.array);
      sink.u32(TYPE_ID.f32);
      sink.u64(value.value.length);
      for (let i = 0; i < value.value.length; i++) sink.f32(value.value[i] ?? 0);
      return;
    case "i32[]":
      sink.u32(TYPE_ID.array);
      sink.u32(TYPE_ID.i32);
      sink.u64(value.value.length);
      for (let i = 0; i < value.value.length; i++) sink.i32(value.value[i] ?? 0);
      return;
  }
}

/**
 * Writes a GGUF v3 file with F32 tensors. Tests need a real model file that llama.cpp accepts,
 * and the smallest published GGUF models are hundreds of megabytes and need the network; a few
 * hundred kilobytes of random weights exercise the same loading and sampling code.
 */
export async function writeGguf(
  path: string,
  metadata: Readonly<Record<string, GgufValue>>,
  tensors: readonly GgufTensor[],
): Promise<void> {
  const header = new ByteSink();
  header.u32(GGUF_MAGIC);
  header.u32(GGUF_VERSION);
  header.u64(tensors.length);
  const entries = Object.entries({ ...metadata, "general.alignment": { type: "u32", value: ALIGNMENT } });
  header.u64(entries.length);
  for (const [key, value] of entries) {
    header.string(key);
    writeValue(header, value as GgufValue);
  }
  let offset = 0;
  for (const tensor of tensors) {
    const elements = tensor.dims.reduce((a, b) => a * b, 1);
    if (elements !== tensor.data.length) {
      throw new Error(
        `tensor ${tensor.name}: dims give ${elements} elements, data has ${tensor.data.length}`,
      );
    }
    header.string(tensor.name);
    header.u32(tensor.dims.length);
    for (const dim of tensor.dims) header.u64(dim);
    header.u32(GGML_TYPE_F32);
    header.u64(offset);
    offset += Math.ceil(tensor.data.byteLength / ALIGNMENT) * ALIGNMENT;
  }
  header.padTo(ALIGNMENT);

  const file = await open(path, "w");
  try {
    await file.write(header.bytes());
    const padding = Buffer.alloc(ALIGNMENT);
    for (const tensor of tensors) {
      const bytes = Buffer.from(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength);
      await file.write(bytes);
      const rest = (ALIGNMENT - (bytes.length % ALIGNMENT)) % ALIGNMENT;
      if (rest > 0) await file.write(padding, 0, rest);
    }
  } finally {
    await file.close();
  }
}
