export * from "./articles";
export * from "./comments";
export * from "./moderation-events";
export * from "./api-keys";
export * from "./sentiment-rollups";
export * from "./stories";
export * from "./ui-sessions";
