// Stable identities for pages and comments, so that ingest is idempotent without reading first:
// the same page maps to the same article id, the same comment to the same comment id.
import { sha256HexSync } from "../lib/sha256";
import type { SegmentedComment } from "../analysis/types";

const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid)$/i;

/** Lower-cases scheme and host, drops the fragment, tracking parameters and a trailing slash. */
export function canonicalUrl(raw: string): string {
  const u = new URL(raw);
  u.hash = "";
  for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(key)) u.searchParams.delete(key);
  u.searchParams.sort();
  let s = u.toString();
  if (u.pathname.length > 1 && s.endsWith("/") && !u.search) s = s.slice(0, -1);
  return s;
}

export function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** Whitespace-folded, NFC text: what "the same comment" means across re-scrapes. */
export function normaliseForHash(text: string): string {
  return isFoldedAscii(text) ? text : text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * True when folding cannot change the text: no whitespace but single inner spaces, and only characters
 * that are NFC starters which never compose with a neighbour (printable ASCII, U+00A1–U+02FF, and the
 * quotes, dashes and bullets of U+2010–U+2027 and U+2030–U+205E). Most comments are, and one pass over
 * char codes is much cheaper than normalize + the regex replace.
 */
function isFoldedAscii(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c > 32 && c < 127) continue;
    if ((c > 0xa0 && c < 0x300) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e)) continue;
    return false;
  }
  return true;
}

export function articleIdFor(url: string | null, contentHash: string): string {
  return "a_" + sha256HexSync(url ? `url:${url}` : `content:${contentHash}`).slice(0, 24);
}

export interface CommentIdentity {
  id: string;
  textHash: string;
  /** The id of the comment it replies to (null for a top-level one). */
  parentId: string | null;
}

/**
 * A comment is identified by its article, author and normalised text; repeats of the same text by the
 * same author on one page ("+1") are told apart by their order of occurrence.
 */
export function commentIdentities(articleId: string, comments: readonly SegmentedComment[]): CommentIdentity[] {
  const seen = new Map<string, number>();
  const identities = comments.map((c): CommentIdentity => {
    const textHash = sha256HexSync(normaliseForHash(c.text));
    const author = normaliseForHash(c.author ?? "").toLowerCase();
    const base = `${author}\u0000${textHash}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const id = "c_" + sha256HexSync(`${articleId}\u0000${base}\u0000${n}`).slice(0, 24);
    return { id, textHash, parentId: null };
  });
  comments.forEach((c, i) => {
    if (c.parent !== null) identities[i]!.parentId = identities[c.parent]?.id ?? null;
  });
  return identities;
}
