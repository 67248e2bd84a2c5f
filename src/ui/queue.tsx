import type { Child } from "hono/jsx";
import type { AbuseCategory, AbuseMatch } from "../analysis/types";
import type { CommentRow } from "../db/schema";
import { REJECT_REASON_CODES, type RejectReasonCode } from "../services/moderation-decisions";
import { REASON_FOR_CATEGORY } from "./actions";

// The moderation queue. Comment text is hostile data: it only ever reaches the page as JSX text children
// (escaped by hono/jsx), never as markup; the highlighted spans are built from the stored offsets.

export interface QueueEntry {
  comment: CommentRow;
  article: { id: string; title: string; url: string | null; site: string | null; lead: string | null };
  parent: { author: string | null; text: string } | null;
  claim?: { by: string; until: string; mine: boolean } | null;
}

export const CATEGORY_NAMES: Record<AbuseCategory, string> = {
  profanity: "profanity", insult: "insult", threat: "threat", identity_attack: "identity attack", sexual: "sexual content", spam: "spam",
};

/** The text with each abusive span wrapped in <mark>; overlapping or out-of-range spans are merged/clamped. */
export function highlight(text: string, matches: readonly AbuseMatch[]): Child[] {
  const spans = matches
    .map((m) => ({ start: Math.max(0, Math.min(text.length, m.start)), end: Math.max(0, Math.min(text.length, m.end)), label: CATEGORY_NAMES[m.category] ?? m.category }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; labels: Set<string> }[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.labels.add(s.label);
    } else merged.push({ start: s.start, end: s.end, labels: new Set([s.label]) });
  }
  const out: Child[] = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push(<mark title={[...m.labels].join(", ")}>{text.slice(m.start, m.end)}</mark>);
    at = m.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function Reasons({ c }: { c: CommentRow }) {
  const scores = c.categoryScores as Partial<Record<AbuseCategory, number>>;
  const terms = new Map<string, AbuseMatch>();
  for (const m of c.matches) terms.set(`${m.category}:${m.term}`, m);
  return (
    <ul class="reasons">
      <li>
        Abuse score {c.abuseScore.toFixed(2)}
        {c.categories.length ? `: flagged for ${c.categories.map((k) => `${CATEGORY_NAMES[k]} (${(scores[k] ?? 0).toFixed(2)})`).join(", ")}` : ": no category over its threshold"}
      </li>
      {[...terms.values()].map((m) => (
        <li>
          matched “{m.term}” as {CATEGORY_NAMES[m.category]} (rule {m.rule})
        </li>
      ))}
      <li>
        Sentiment {c.sentimentLabel} ({c.sentimentScore.toFixed(2)})
      </li>
    </ul>
  );
}

const REASON_LABELS: Record<RejectReasonCode, string> = {
  spam: "spam", insult: "insult", harassment: "harassment", hate_speech: "hate speech", threat: "threat", sexual: "sexual",
  profanity: "profanity", personal_info: "personal information", off_topic: "off topic", misinformation: "misinformation", other: "other (say why)",
};

function ReasonSelect(props: { selected: RejectReasonCode; form?: string }) {
  return (
    <select name="reasonCode" aria-label="Reason code" form={props.form}>
      {REJECT_REASON_CODES.map((code) => (
        <option value={code} selected={code === props.selected}>{REASON_LABELS[code]}</option>
      ))}
    </select>
  );
}

/** The reason code matching the comment's strongest flagged category, else "other". */
function suggestedReason(c: CommentRow): RejectReasonCode {
  const scores = c.categoryScores as Partial<Record<AbuseCategory, number>>;
  const top = [...c.categories].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0))[0];
  return top ? REASON_FOR_CATEGORY[top] : "other";
}

function DecisionForm(props: { id: string; version: number; csrf: string; action: "approve" | "reject" | "escalate"; children?: Child }) {
  return (
    <form method="post" action={`/ui/comments/${encodeURIComponent(props.id)}/decision`} data-action={props.action}>
      <input type="hidden" name="csrf" value={props.csrf} />
      <input type="hidden" name="version" value={String(props.version)} />
      <input type="hidden" name="action" value={props.action} />
      {props.children}
    </form>
  );
}

export function QueueView(props: { entries: QueueEntry[]; csrf: string; canEscalate: boolean; notice?: { text: string; error: boolean } | null; more: boolean }) {
  const { entries, csrf } = props;
  return (
    <>
      <h1>Moderation queue ({entries.length}{props.more ? "+" : ""} awaiting a decision)</h1>
      {props.notice ? (
        <p class={props.notice.error ? "notice error" : "notice"} role="status">
          {props.notice.text}
        </p>
      ) : null}
      <p class="meta">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> approve, <kbd>r</kbd> reject (type a reason, Enter), {props.canEscalate ? <><kbd>e</kbd> escalate, </> : null}
        <kbd>x</kbd> select for bulk.
      </p>
      {entries.length === 0 ? <p class="card">Nothing awaits a decision.</p> : null}
      {entries.length > 0 ? (
        <form id="bulk" method="post" action="/ui/bulk" class="actions">
          <input type="hidden" name="csrf" value={csrf} />
          <span class="meta">Selected:</span>
          <button type="submit" name="action" value="approve" class="approve">Approve selected</button>
          <ReasonSelect selected="other" />
          <input type="text" name="note" maxlength={2000} placeholder="Note" aria-label="Note for the bulk decision" />
          <button type="submit" name="action" value="reject" class="reject">Reject selected</button>
          {props.canEscalate ? <button type="submit" name="action" value="escalate" class="escalate">Escalate selected</button> : null}
        </form>
      ) : null}
      {entries.map((e, i) => {
        const c = e.comment;
        return (
          <article class="card item" tabindex={-1} data-item={c.id} aria-label={`Comment ${i + 1} of ${entries.length}`}>
            <div class="meta">
              <input type="checkbox" form="bulk" name="items" value={`${c.id}:${c.version}`} aria-label="Select for bulk action" /> {c.author ?? "anonymous"}
              {c.postedAt ? ` · ${c.postedAt}` : ""} · status {c.status} · v{c.version}
              {e.claim ? <span class="claim" data-testid="claim">claimed by {e.claim.mine ? "you" : e.claim.by} until {e.claim.until}</span> : null}
            </div>
            <div class="text" data-testid="comment-text">{highlight(c.text, c.matches)}</div>
            <Reasons c={c} />
            <div class="context">
              On <strong>{e.article.title}</strong>
              {e.article.site ? ` (${e.article.site})` : ""}
              {e.article.lead ? <blockquote>{e.article.lead}</blockquote> : null}
              {e.parent ? (
                <>
                  In reply to {e.parent.author ?? "anonymous"}:<blockquote>{e.parent.text}</blockquote>
                </>
              ) : null}
            </div>
            <div class="actions">
              <DecisionForm id={c.id} version={c.version} csrf={csrf} action="approve">
                <button type="submit" class="approve">Approve (a)</button>
              </DecisionForm>
              <DecisionForm id={c.id} version={c.version} csrf={csrf} action="reject">
                <ReasonSelect selected={suggestedReason(c)} />
                <input type="text" name="note" maxlength={2000} placeholder="Reason, then Enter" aria-label="Reason for rejecting" />
                <button type="submit" class="reject">Reject (r)</button>
              </DecisionForm>
              {props.canEscalate ? (
                <DecisionForm id={c.id} version={c.version} csrf={csrf} action="escalate">
                  <button type="submit" class="escalate">Escalate (e)</button>
                </DecisionForm>
              ) : null}
            </div>
          </article>
        );
      })}
    </>
  );
}
