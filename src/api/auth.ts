import { createMiddleware } from "hono/factory";
import type { ApiKeyRole } from "../db/schema";
import { authenticate } from "../services/api-keys";
import { ForbiddenError, UnauthorizedError } from "../services/errors";
import type { AppEnv } from "./env";

/** Admin may do everything; other roles only what is listed for the route. */
export function requireRole(...roles: ApiKeyRole[]) {
  const allowed: ApiKeyRole[] = roles.includes("admin") ? roles : [...roles, "admin"];
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) throw new UnauthorizedError();
    const principal = await authenticate(c.var.deps.database, m[1]!);
    if (!principal) throw new UnauthorizedError("The API key is unknown or revoked");
    if (!allowed.includes(principal.role)) throw new ForbiddenError(principal.role, allowed);
    c.set("principal", principal);
    await next();
  });
}
