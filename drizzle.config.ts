import { defineConfig } from "drizzle-kit";

// Migrations are generated into drizzle/ and serve both targets: the Node entry applies them with
// drizzle's libSQL migrator, Workers with `wrangler d1 migrations apply` (migrations_dir = "drizzle").
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema/index.ts",
  out: "./drizzle",
});
