// Node entry: `npm start`. Serves the API on PORT (default 8787) with an embedded libSQL file
// (./data/comments.db) or DATABASE_URL / DATABASE_AUTH_TOKEN.
import { startNodeServer } from "./node/bootstrap";

startNodeServer(process.env).catch((err: unknown) => {
  console.error(`failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
