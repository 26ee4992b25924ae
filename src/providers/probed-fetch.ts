/** Observes one try's HTTP exchange; times are performance.now(). */
export interface FetchProbe {
  /** The request is handed to the network stack: the start of the try's timing. */
  requestSent(at: number): void;
  /** Response headers or a body chunk arrived. */
  bytesArrived(at: number): void;
}

/**
 * Wraps fetch so the try's timing rests on the wire, not on the AI SDK. The SDK does a few ms
 * of work before sending (converting and validating the prompt) and several stream stages after
 * receiving; stamping at fetch and at each body chunk keeps both out of the measured latency.
 * The stall watchdog also needs bytes: a role-only chunk or keep-alive proves the connection lives.
 */
export function probedFetch(probe: FetchProbe, base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    probe.requestSent(performance.now());
    const response = await base(input, init);
    probe.bytesArrived(performance.now());
    if (response.body === null) return response;
    const tap = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        probe.bytesArrived(performance.now());
        controller.enqueue(chunk);
      },
    });
    return new Response(response.body.pipeThrough(tap), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
