import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { ANTHROPIC_PROTOCOL } from "./fake-vendor/anthropic-protocol.js";
import type { Behaviour } from "./fake-vendor/behaviour.js";
import { GEMINI_PROTOCOL } from "./fake-vendor/gemini-protocol.js";
import { OLLAMA_PROTOCOL } from "./fake-vendor/ollama-protocol.js";
import { OPENAI_PROTOCOL } from "./fake-vendor/openai-protocol.js";
import { playBehaviour } from "./fake-vendor/play-behaviour.js";
import type { VendorProtocol } from "./fake-vendor/vendor-protocol.js";

export type { Behaviour, ReplyScript } from "./fake-vendor/behaviour.js";

/** A request as the server saw it, for tests to assert keys, model ids and parameters. */
export interface RecordedRequest {
  readonly protocol: VendorProtocol["name"];
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are arbitrary vendor JSON, read by tests
  readonly body: any;
  readonly model: string;
  /** performance.now() when the request arrived (the server runs in the test's process). */
  readonly receivedAt: number;
  /** performance.now() when the first answer or thinking chunk was written, if one was. */
  firstContentAt?: number;
}

function protocolFor(path: string): { protocol: VendorProtocol; model?: string } | undefined {
  if (path.endsWith("/chat/completions")) return { protocol: OPENAI_PROTOCOL };
  if (path.endsWith("/messages")) return { protocol: ANTHROPIC_PROTOCOL };
  if (path.endsWith("/api/chat")) return { protocol: OLLAMA_PROTOCOL };
  const gemini = /\/models\/([^/]+):streamGenerateContent$/.exec(path);
  if (gemini !== null) return { protocol: GEMINI_PROTOCOL, model: decodeURIComponent(gemini[1] ?? "") };
  return undefined;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  const text = Buffer.concat(parts).toString("utf8");
  return text === "" ? undefined : JSON.parse(text);
}

/**
 * A real HTTP server on 127.0.0.1 that speaks the streaming protocols of OpenAI, Anthropic,
 * Gemini and Ollama, so providers are tested through the real AI SDK packages, real sockets and
 * real parsers rather than mocks. Behaviours (replies with injected delays, errors, resets,
 * stalls) are queued per request. Dispose it with `await using`.
 */
export class FakeVendorServer implements AsyncDisposable {
  readonly requests: RecordedRequest[] = [];
  /** What a request gets when the queue is empty. */
  defaultBehaviour: Behaviour = { kind: "reply" };
  /** Requests being answered now, and the most there ever were at once. */
  active = 0;
  maxActive = 0;
  private readonly queue: Behaviour[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeVendorServer> {
    let instance: FakeVendorServer | undefined;
    const server = createServer((req, res) => {
      instance?.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(String(error));
        else res.destroy();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    instance = new FakeVendorServer(server, `http://127.0.0.1:${port}`);
    return instance;
  }

  /** The base URL each AI SDK package expects, pointing here. */
  baseUrlFor(protocol: "openai" | "anthropic" | "google" | "ollama" | "openai-compatible"): string {
    if (protocol === "google") return `${this.url}/v1beta`;
    if (protocol === "ollama") return `${this.url}/api`;
    return `${this.url}/v1`;
  }

  /** Queues behaviours for the next requests, in order. */
  enqueue(...behaviours: Behaviour[]): this {
    this.queue.push(...behaviours);
    return this;
  }

  /** Forgets queued behaviours, recorded requests and the default, between tests. */
  reset(): void {
    this.queue.length = 0;
    this.requests.length = 0;
    this.maxActive = this.active;
    this.defaultBehaviour = { kind: "reply" };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const url = new URL(req.url ?? "/", this.url);
    const body = (await readJson(req)) as { model?: string } | undefined;
    const route = protocolFor(url.pathname);
    if (route === undefined) {
      res.writeHead(404, { "content-type": "application/json" }).end('{"error":"no such endpoint"}');
      return;
    }
    const model = route.model ?? body?.model ?? "";
    const record: RecordedRequest = {
      protocol: route.protocol.name,
      method: req.method ?? "",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      model,
      receivedAt,
    };
    this.requests.push(record);
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    res.once("close", () => this.active--);
    await playBehaviour(this.queue.shift() ?? this.defaultBehaviour, route.protocol, model, res, (at) => {
      record.firstContentAt = at;
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
