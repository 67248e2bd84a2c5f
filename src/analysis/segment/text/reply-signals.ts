// Reply nesting for threads whose dump lost the indentation, from the one signal the text still
// carries. Chronology: an oldest-first thread lists its top-level comments in date order and hangs
// each reply (newer than its parent) right under it. So a comment dated AFTER some comment listed
// below it cannot be top-level: it is a reply, to the nearest older comment above it (a flat dump
// keeps the reply chain). Relative stamps ("2 days ago") or a newest-first order: no change.
// Only fully flat threads are touched: nesting read from indentation or lists wins.
// "@Name" at the start of a flat comment is NOT taken as nesting: flat threads (WordPress without
// threading, wpDiscuz, news sites) address earlier authors that way while staying flat (measured: it
// nested 13 top-level comments on the dev pages and fixed no reply).
import type { SegmentedComment } from "../../types";

const MONTHS: Readonly<Record<string, number>> = Object.freeze({
  jan: 1, januar: 1, january: 1, jänner: 1, feb: 2, februar: 2, february: 2, mar: 3, mär: 3, märz: 3, maerz: 3, march: 3,
  apr: 4, april: 4, may: 5, mai: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, oct: 10, okt: 10, oktober: 10, october: 10, nov: 11, november: 11,
  dec: 12, dez: 12, dezember: 12, december: 12,
});
const ISO_DATE = /(\d{4})-(\d{1,2})-(\d{1,2})/u;
const DOTTED_DATE = /(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/u;
const DAY_MONTH_YEAR = /(\d{1,2})\.?\s+(\p{L}{3,9})\.?,?\s+(\d{4})/u;
const MONTH_DAY_YEAR = /(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u;
const TIME = /(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\b)?/iu;

/** Minutes since year 0 of an absolute date stamp ("18. Oktober 2023 - 13:11", "Oct 18, 2023 at 1:11 pm"); null for relative or unknown ones. */
export function stampToMinutes(stamp: string): number | null {
  if (stamp.length > 120) return null;
  let year = 0;
  let month = 0;
  let day = 0;
  let end = 0;
  let m: RegExpExecArray | null;
  if ((m = ISO_DATE.exec(stamp))) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = DOTTED_DATE.exec(stamp))) [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = DAY_MONTH_YEAR.exec(stamp)) && MONTHS[m[2]!.toLowerCase()]) [day, month, year] = [Number(m[1]), MONTHS[m[2]!.toLowerCase()]!, Number(m[3])];
  else if ((m = MONTH_DAY_YEAR.exec(stamp)) && MONTHS[m[1]!.toLowerCase()]) [month, day, year] = [MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), Number(m[3])];
  else return null;
  end = m.index + m[0].length;
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  let minutes = 0;
  const t = TIME.exec(stamp.slice(end));
  if (t) {
    let hour = Number(t[1]);
    const ampm = t[3]?.toLowerCase();
    if (ampm === "p" && hour < 12) hour += 12;
    if (ampm === "a" && hour === 12) hour = 0;
    minutes = hour * 60 + Number(t[2]);
  }
  return ((year * 12 + month) * 31 + day) * 1440 + minutes;
}

/** Nests comments of a flat thread by chronology; needs an absolute stamp on every comment. */
function nestByChronology(comments: SegmentedComment[]): void {
  const n = comments.length;
  if (n < 3 || comments.some((c) => c.parent !== null)) return;
  const times: number[] = [];
  for (const c of comments) {
    const t = c.postedAt ? stampToMinutes(c.postedAt) : null;
    if (t === null) return;
    times.push(t);
  }
  let ascents = 0;
  let descents = 0;
  for (let i = 1; i < n; i++) {
    if (times[i]! > times[i - 1]!) ascents++;
    else if (times[i]! < times[i - 1]!) descents++;
  }
  // Newest-first or shuffled threads say nothing about replies this way.
  if (descents === 0 || ascents < 2 * descents) return;
  let laterMin = Number.POSITIVE_INFINITY; // oldest stamp listed below comment i
  const reply: boolean[] = new Array<boolean>(n).fill(false);
  for (let i = n - 1; i >= 0; i--) {
    reply[i] = times[i]! > laterMin;
    laterMin = Math.min(laterMin, times[i]!);
  }
  // The parent is the nearest comment above that is not newer: a reply cannot predate its parent.
  // A stack of candidates with ascending stamps finds it in amortised constant time (hostile input).
  const older: number[] = [];
  for (let i = 0; i < n; i++) {
    while (older.length > 0 && times[older[older.length - 1]!]! > times[i]!) older.pop();
    const j = older.length > 0 ? older[older.length - 1]! : -1;
    if (reply[i] && j >= 0) comments[i]!.parent = j;
    older.push(i);
  }
}

/** Fills null parents from the reply signals the text carries (see the file comment). */
export function nestByReplySignals(comments: SegmentedComment[]): void {
  nestByChronology(comments);
}
