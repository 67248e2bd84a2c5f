// One request at a time per process, each started in an event-loop turn of its own, in arrival order.
//
// Why: libSQL's local calls are synchronous, so a request's handler runs from its first line to its
// response without yielding, and one event-loop turn runs the handlers of every request that became
// readable in that turn's poll (32 connections: ≈ 32 × 12 ms ≈ 400 ms per turn for ingest). Node accepts
// at most one new connection per turn (strace: one accept4 per turn, never a second one returning
// EAGAIN), so under load the n-th new connection waited n turns before its first byte was read: the
// load bench saw first requests of a 32-connection burst answered after 4-6 s while the server's own
// timing of every request stayed below 250 ms. Queueing the handlers here and starting each in its own
// turn (setImmediate) brings the poll phase back between two requests, so connections are accepted and
// requests read as they arrive, and requests are served first come, first served.
//
// Bodies are read before a request joins the queue (a slow upload must not hold everyone up), at most
// maxBodyBytes + 1 of them: a larger body reaches the app truncated just past the limit, which then
// answers 413 as it would have.

type Fetch = (request: Request, env: unknown) => Response | Promise<Response>;

export interface SerialGate {
  fetch: Fetch;
  /** Requests admitted but not started yet (for diagnostics). */
  waiting(): number;
}

export function serialGate(fetch: Fetch, maxBodyBytes: number): SerialGate {
  const queue: (() => void)[] = [];
  let busy = false;
  const release = () => {
    const next = queue.shift();
    if (next) setImmediate(next);
    else busy = false;
  };
  const admit = () =>
    new Promise<void>((start) => {
      if (busy) queue.push(start);
      else {
        busy = true;
        setImmediate(start);
      }
    });
  return {
    waiting: () => queue.length,
    async fetch(request, env) {
      const buffered = await bufferBody(request, maxBodyBytes);
      await admit();
      try {
        return await fetch(buffered, env);
      } finally {
        release();
      }
    },
  };
}

const NO_BODY = new Set(["GET", "HEAD", "OPTIONS", "DELETE"]);

/** The request with its body already read (up to `max` + 1 bytes), or itself when there is nothing to read first. */
async function bufferBody(request: Request, max: number): Promise<Request> {
  if (NO_BODY.has(request.method) && !request.headers.has("content-length") && !request.headers.has("transfer-encoding")) return request;
  const declared = request.headers.get("content-length");
  // A declared oversize body is refused from its header by the app's body limit, without reading it.
  if (declared !== null && !request.headers.has("transfer-encoding") && Number(declared) > max) return request;
  if (request.body === null) return request;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > max) {
      await reader.cancel();
      break;
    }
  }
  const body = new Uint8Array(Math.min(size, max + 1));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, body.length - offset);
    body.set(part, offset);
    offset += part.length;
    if (offset === body.length) break;
  }
  const headers = new Headers(request.headers);
  headers.delete("transfer-encoding");
  headers.set("content-length", String(body.length));
  return new Request(request.url, { method: request.method, headers, body, signal: request.signal });
}
