import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { createApiKey, listApiKeys, revokeApiKey } from "../../services/api-keys";
import { InvalidInputError } from "../../services/errors";
import { createWebhook, disableWebhook, drainOutbox, getSitePolicy, listWebhooks, putSitePolicy, type SitePolicy as SitePolicyValue } from "../../services/moderation";
import { requireRole } from "../auth";
import type { AppEnv } from "../env";
import {
  CreatedKey, CreatedWebhook, DrainResult, IdParam, KeyInput, KeyList, PolicyInput, SiteParam, SitePolicy, WebhookInput, WebhookList,
} from "../moderation-schemas";
import { validationHook } from "../problem";
import { bearer, json, jsonBody, problems } from "./common";

const admin = { security: bearer, middleware: [requireRole("admin")] };

const getPolicyRoute = createRoute({
  method: "get", path: "/v1/admin/sites/{site}/policy", ...admin,
  summary: "The site's moderation policy (the documented default when none was set)",
  request: { params: SiteParam },
  responses: { 200: json(SitePolicy, "The policy in force"), ...problems(401, 403) },
});

const putPolicyRoute = createRoute({
  method: "put", path: "/v1/admin/sites/{site}/policy", ...admin,
  summary: "Set the site's thresholds; omitted categories keep the defaults. Applies to comments ingested from now on",
  request: { params: SiteParam, ...jsonBody(PolicyInput) },
  responses: { 200: json(SitePolicy, "The new policy"), ...problems(400, 401, 403, 409) },
});

const createKeyRoute = createRoute({
  method: "post", path: "/v1/admin/keys", ...admin,
  summary: "Create an API key (roles: admin, moderator, ingest, viewer); the token is shown once",
  request: jsonBody(KeyInput),
  responses: { 201: json(CreatedKey, "The new key"), ...problems(400, 401, 403) },
});

const listKeysRoute = createRoute({
  method: "get", path: "/v1/admin/keys", ...admin,
  summary: "All API keys (never their secrets)",
  responses: { 200: json(KeyList, "The keys"), ...problems(401, 403) },
});

const revokeKeyRoute = createRoute({
  method: "delete", path: "/v1/admin/keys/{id}", ...admin,
  summary: "Revoke an API key (kept for the audit log's actor names)",
  request: { params: IdParam },
  responses: { 204: { description: "Revoked" }, ...problems(400, 401, 403, 404) },
});

const createWebhookRoute = createRoute({
  method: "post", path: "/v1/admin/webhooks", ...admin,
  summary: "Register a webhook for comment.held and/or comment.decided; the signing secret is shown once",
  request: jsonBody(WebhookInput),
  responses: { 201: json(CreatedWebhook, "The webhook"), ...problems(400, 401, 403) },
});

const listWebhooksRoute = createRoute({
  method: "get", path: "/v1/admin/webhooks", ...admin,
  summary: "Webhooks with their delivery counts",
  responses: { 200: json(WebhookList, "The webhooks"), ...problems(401, 403) },
});

const deleteWebhookRoute = createRoute({
  method: "delete", path: "/v1/admin/webhooks/{id}", ...admin,
  summary: "Disable a webhook; its pending deliveries are dropped",
  request: { params: IdParam },
  responses: { 204: { description: "Disabled" }, ...problems(401, 403, 404) },
});

const drainRoute = createRoute({
  method: "post", path: "/v1/admin/webhooks/deliver", ...admin,
  summary: "Deliver due webhook events now (normally done after responses and by the retry loop)",
  responses: { 200: json(DrainResult, "What this pass did"), ...problems(401, 403) },
});

const policyView = (p: SitePolicyValue, site: string) => ({ ...p, site, updatedAt: p.updatedAt?.toISOString() ?? null });

export const moderationAdminRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(getPolicyRoute, async (c) => {
    const { site } = c.req.valid("param");
    return c.json(policyView(await getSitePolicy(c.var.deps.database, site), site), 200);
  })
  .openapi(putPolicyRoute, async (c) => {
    const { site } = c.req.valid("param");
    const { version, ...input } = c.req.valid("json");
    const saved = await putSitePolicy(c.var.deps.database, site, input, c.var.principal.keyId, c.var.deps.now(), version);
    return c.json(policyView(saved, site), 200);
  })
  .openapi(createKeyRoute, async (c) => {
    const { role, name } = c.req.valid("json");
    return c.json(await createApiKey(c.var.deps.database, role, name, c.var.deps.now()), 201);
  })
  .openapi(listKeysRoute, async (c) => {
    const keys = await listApiKeys(c.var.deps.database);
    return c.json({ keys: keys.map((k) => ({ ...k, createdAt: k.createdAt.toISOString(), revokedAt: k.revokedAt?.toISOString() ?? null })) }, 200);
  })
  .openapi(revokeKeyRoute, async (c) => {
    const { id } = c.req.valid("param");
    // Revoking the key in use would lock the caller out mid-session; another admin key must do it.
    if (id === c.var.principal.keyId) throw new InvalidInputError("An admin key cannot revoke itself; use another admin key");
    await revokeApiKey(c.var.deps.database, id, c.var.deps.now());
    return c.body(null, 204);
  })
  .openapi(createWebhookRoute, async (c) => c.json(await createWebhook(c.var.deps.database, c.req.valid("json"), c.var.principal.keyId, c.var.deps.now()), 201))
  .openapi(listWebhooksRoute, async (c) => c.json({ webhooks: await listWebhooks(c.var.deps.database) }, 200))
  .openapi(deleteWebhookRoute, async (c) => {
    await disableWebhook(c.var.deps.database, c.req.valid("param").id, c.var.deps.now());
    return c.body(null, 204);
  })
  .openapi(drainRoute, async (c) => {
    const { database, webhookFetch, now } = c.var.deps;
    return c.json(await drainOutbox(database, { fetch: webhookFetch, now }), 200);
  });
