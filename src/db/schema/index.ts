export * from "./articles";
export * from "./comments";
export * from "./moderation-events";
export * from "./api-keys";
export * from "./site-policies";
export * from "./moderation-claims";
export * from "./idempotency-keys";
export * from "./webhooks";
