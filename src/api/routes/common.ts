import type { z } from "@hono/zod-openapi";
import { ProblemSchema } from "../schemas";

const DESCRIPTIONS: Record<number, string> = {
  400: "Invalid request", 401: "Missing or unknown API key", 403: "The key's role may not do this",
  404: "Not found", 409: "Conflict", 413: "Request body too large",
};

/** Problem+json responses for a route's OpenAPI description. */
export function problems<const S extends readonly number[]>(...statuses: S) {
  const out: Record<number, { description: string; content: { "application/problem+json": { schema: typeof ProblemSchema } } }> = {};
  for (const s of statuses) out[s] = { description: DESCRIPTIONS[s] ?? "Error", content: { "application/problem+json": { schema: ProblemSchema } } };
  return out as { [K in S[number]]: { description: string; content: { "application/problem+json": { schema: typeof ProblemSchema } } } };
}

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { "application/json": { schema } } } });

export const bearer = [{ bearer: [] }];
