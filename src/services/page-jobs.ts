// Asynchronous ingest (POST /v1/pages with `Prefer: respond-async`): the request segments the page and
// queues it as jobs — one for the article (its row and story), one per slice of comments — and answers
// without touching the database; a queue consumer runs one job per invocation.
//
// Why: scoring and storing are most of a page's CPU (a 200-comment page costs ~10 ms of Worker CPU in one
// request; the free plan allows 10 ms per invocation). Queued, each job stays a few ms whatever the page's
// size, the request keeps only segmentation and ids (~3 ms for 200 comments, docs/edge.md), and the
// response does not wait for the scoring.
//
// A job is self-contained (ids, parents and positions were fixed page-wide by the request), idempotent
// (comments insert ON CONFLICT DO NOTHING, the rollup counts only rows really inserted, events are keyed
// by comment and seq), and independent of the other jobs' order (a comment job first inserts the article
// row's stub, which the article job completes): so queue retries and concurrent consumers store exactly
// what the synchronous path stores.
import type { CommentScores } from "../analysis/analyze";
import type { SegmentedPage } from "../analysis/types";
import type { Database, SqlStatement } from "../db/database";
import { wellFormed } from "../db/json-rows";
import { InvalidInputError } from "./errors";
import { commentWrites, ingestPage, resolvePage, storedIds, type CommentToStore, type ResolvedPage } from "./ingest";
import { snapshotStatement, type IngestSnapshot } from "./ingest-sql";
import { commentIdentities, type CommentIdentity } from "./page-identity";

/** Comments per job: about 2 ms of scoring and storing on Workers (measured by `npm run bench:edge`). */
export const JOB_MAX_COMMENTS = 50;
/** A job's serialised size limit, under Cloudflare Queues' 128 KB per message with room for the envelope. */
export const JOB_MAX_BYTES = 120_000;

/** A queue message's body: JSON text (built once, its UTF-8 size bounded before it is sent, parsed once by the consumer). */
export type PageJobMessage = string;

/** Where queued jobs go: Cloudflare Queues on Workers (src/edge/page-queue.ts), anything else in tests. */
export interface PageQueue {
  send(jobs: PageJobMessage[]): Promise<void>;
}

type JobComment = Omit<CommentToStore, "sentiment" | "abuse">;

interface JobBase {
  v: 1;
  articleId: string;
  url: string | null;
  site: string | null;
  title: string;
  /** When the page was received (ms): rows and rollup hours use it, so a retried job counts in the same hour. */
  receivedAt: number;
}
interface ArticleJob extends JobBase {
  kind: "article";
  body: string;
  fetchedAt: number | null;
}
interface CommentsJob extends JobBase {
  kind: "comments";
  comments: JobComment[];
}
type PageJob = ArticleJob | CommentsJob;

const utf8Bytes = (s: string): number => {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1; // surrogate pairs: 4 bytes for 2 units
  }
  return n;
};

export interface PlannedJobs {
  identities: CommentIdentity[];
  /** null when some single comment is too large for a queue message: the page is then ingested synchronously. */
  jobs: PageJobMessage[] | null;
}

/**
 * The article's job, then the comments in slices of at most JOB_MAX_COMMENTS comments and JOB_MAX_BYTES
 * bytes each. `jobs` is null when the article or a single comment is too large for a queue message.
 */
export function planPageJobs(page: SegmentedPage, resolved: ResolvedPage, receivedAt: number, fetchedAt: Date | null = null): PlannedJobs {
  const identities = commentIdentities(resolved.articleId, page.comments);
  const base: JobBase = { v: 1, articleId: resolved.articleId, url: resolved.url, site: resolved.site, title: page.title, receivedAt };
  const article = JSON.stringify({ ...base, kind: "article", body: resolved.body, fetchedAt: fetchedAt?.getTime() ?? null } satisfies ArticleJob);
  if (3 * article.length > JOB_MAX_BYTES && utf8Bytes(article) > JOB_MAX_BYTES) return { identities, jobs: null };
  const head = JSON.stringify({ ...base, kind: "comments" }).slice(0, -1) + ',"comments":[';
  const headBytes = utf8Bytes(head) + 2;
  const jobs: PageJobMessage[] = [article];
  let entries: string[] = [];
  // A slice's size is tracked in UTF-16 units, whose triple bounds its UTF-8 bytes; only a slice that bound
  // cannot clear is measured exactly (scanning every entry cost ~0.13 ms of a 200-comment request).
  let units = 0;
  let exact = -1; // the slice's exact UTF-8 bytes once measured, else -1
  for (let i = 0; i < page.comments.length; i++) {
    const c = page.comments[i]!;
    const { id, textHash, parentId } = identities[i]!;
    const json = JSON.stringify({ id, textHash, parentId, position: i, text: c.text, author: c.author, postedAt: c.postedAt ?? null } satisfies JobComment);
    const fitsAlone = headBytes + 3 * json.length <= JOB_MAX_BYTES || headBytes + utf8Bytes(json) <= JOB_MAX_BYTES;
    if (!fitsAlone) return { identities, jobs: null };
    let fits = entries.length < JOB_MAX_COMMENTS;
    if (fits && headBytes + 3 * (units + json.length + 1) > JOB_MAX_BYTES) {
      if (exact < 0) exact = utf8Bytes(entries.join(","));
      fits = headBytes + exact + utf8Bytes(json) + 1 <= JOB_MAX_BYTES;
    }
    if (!fits && entries.length > 0) {
      jobs.push(`${head}${entries.join(",")}]}`);
      entries = [];
      units = 0;
      exact = -1;
    }
    if (exact >= 0) exact += utf8Bytes(json) + (entries.length > 0 ? 1 : 0);
    entries.push(json);
    units += json.length + 1;
  }
  if (entries.length > 0) jobs.push(`${head}${entries.join(",")}]}`);
  return { identities, jobs };
}

function parseJob(message: unknown): PageJob {
  const job = (typeof message === "string" ? JSON.parse(message) : message) as (Partial<ArticleJob> & Partial<Omit<CommentsJob, "kind">>) | null;
  const valid = job && job.v === 1 && typeof job.articleId === "string" && typeof job.receivedAt === "number" &&
    (job.kind === "article" ? typeof job.body === "string" : job.kind === "comments" && Array.isArray(job.comments));
  if (!valid) {
    throw new InvalidInputError("not a page job (version 1) message");
  }
  return job as PageJob;
}

export interface PageJobResult {
  createdComments: number;
  heldComments: number;
  /** Webhook outbox rows written: deliver when > 0. */
  queuedDeliveries: number;
}

/** The article row as a comment job needs it to exist (foreign key); the article job fills in the rest. */
function articleStub(job: CommentsJob): SqlStatement {
  return {
    sql: `INSERT INTO articles (id, url, site, title, body, content_hash, fetched_at, ingested_at, updated_at) VALUES (?1, ?2, ?3, ?4, '', '', NULL, ?5, ?5)
      ON CONFLICT (id) DO NOTHING`,
    args: [job.articleId, wellFormed(job.url), wellFormed(job.site), wellFormed(job.title), job.receivedAt],
  };
}

/**
 * Runs one job. The article job stores the article and its story (ingestPage without comments). A
 * comments job scores its comments and stores the new ones, with their rollups, automatic moderation
 * events and webhook outbox rows, in one batch: the comment half of ingestPage, under the site's policy
 * as it is now.
 */
export async function runPageJob(database: Database, scoreComment: (text: string) => CommentScores, message: unknown): Promise<PageJobResult> {
  const job = parseJob(message);
  if (job.kind === "article") {
    const meta = { url: job.url ?? undefined, site: job.site ?? undefined, fetchedAt: job.fetchedAt === null ? undefined : new Date(job.fetchedAt) };
    const page = { title: job.title, body: [job.body], boilerplate: [], comments: [] };
    const resolved = resolvePage(meta, page).articleId;
    if (resolved !== job.articleId) throw new InvalidInputError(`article job for ${job.articleId} resolves to ${resolved}`);
    await ingestPage(database, meta, page, new Date(job.receivedAt));
    return { createdComments: 0, heldComments: 0, queuedDeliveries: 0 };
  }
  const [snapshot] = await database.query<IngestSnapshot>(snapshotStatement(job.articleId, job.site, job.comments.map((c) => c.id), []));
  if (!snapshot) throw new Error("the ingest snapshot read returned no row");
  const existing = storedIds(snapshot);
  const comments: CommentToStore[] = [];
  for (const c of job.comments) {
    // Comments already stored are neither scored nor written (a retry, or a re-scrape of the page).
    if (existing.has(c.id)) continue;
    const { sentiment, abuse } = scoreComment(c.text);
    comments.push({ id: c.id, textHash: c.textHash, parentId: c.parentId, position: c.position, text: c.text, author: c.author, postedAt: c.postedAt, sentiment, abuse });
  }
  const writes = commentWrites(snapshot, existing, { id: job.articleId, site: job.site }, comments, new Date(job.receivedAt));
  if (writes.statements.length > 0) await database.write([articleStub(job), ...writes.statements]);
  return { createdComments: writes.createdComments, heldComments: writes.heldComments, queuedDeliveries: writes.queuedDeliveries };
}
