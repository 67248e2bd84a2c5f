// Bench only (never deployed): delivers queue messages to the measured Worker's `queue` handler inside
// its workerd process, as Cloudflare Queues (and Miniflare's queue broker) do, through the service
// binding's queue() call. POST {messages: [body], noop?}: with noop the request is parsed and answered
// without delivering, so bench:edge can subtract this driver's own cost from the consumer's.
export default {
  async fetch(request, env) {
    const { messages, noop } = await request.json();
    if (noop) return Response.json({ outcome: "noop", messages: messages.length });
    const result = await env.TARGET.queue(
      "comment-sentinel-pages",
      messages.map((body, i) => ({ id: `m${i}`, timestamp: new Date(), body, attempts: 1 })),
    );
    return Response.json(result);
  },
};
