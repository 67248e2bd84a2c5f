export * from "./articles";
export * from "./comments";
export * from "./moderation-events";
export * from "./api-keys";
