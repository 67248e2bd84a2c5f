// HTML entities in comment text ("&amp;", "&#39;", "&lt;3"), decoded before the scanner reads the text, with
// the offset of each decoded character in the original (tokens point into the original text).

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", hellip: "…" };

/** Where the entity read by the last successful entityAt ends (after its ";"). */
let entityEnd = 0;

/** The decoding of the entity starting with the "&" at `i` ("&amp;", "&#39;", "&#x1F600;"), or undefined. */
function entityAt(text: string, i: number): string | undefined {
  // Look for the ";" at most 9 characters ahead: "&&&&…" must stay linear.
  let semi = -1;
  for (let k = i + 2; k < text.length && k <= i + 9; k++) {
    if (text.charCodeAt(k) === 59) {
      semi = k;
      break;
    }
  }
  if (semi < 0) return undefined;
  const name = text.slice(i + 1, semi);
  let decoded = ENTITIES[name.toLowerCase()];
  if (decoded === undefined && name.charCodeAt(0) === 35) {
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (code > 0 && code <= 0x10ffff) decoded = String.fromCodePoint(code);
  }
  if (decoded !== undefined) entityEnd = semi + 1;
  return decoded;
}

/** decodeEntities' offset buffer, reused while texts stay short: a new typed array per call cost more than the decoding. */
let offsetBuffer = new Int32Array(1024);
const REUSED_OFFSETS_LIMIT = 1 << 16;

/**
 * Decodes HTML entities; `offsets[i]` is the original offset of decoded char i (one extra entry at the
 * end; entries after it are stale). Null when nothing decodes (no "&", or only bare ones as in "R&D"): the
 * text is its own decoding. The offsets are valid until the next call (the buffer is reused).
 */
export function decodeEntities(text: string): { text: string; offsets: Int32Array } | null {
  let i = text.indexOf("&");
  while (i >= 0 && entityAt(text, i) === undefined) i = text.indexOf("&", i + 1);
  if (i < 0) return null;
  let out = "";
  let copied = 0; // text[copied, i) is still to be appended to out (copied as one slice, not per character)
  let offsets = offsetBuffer;
  if (offsets.length < text.length + 1) {
    offsets = new Int32Array(text.length + 1);
    if (text.length < REUSED_OFFSETS_LIMIT) offsetBuffer = offsets;
  }
  let n = 0;
  for (; n < i; n++) offsets[n] = n; // before the first entity, offsets are the identity
  while (i < text.length) {
    const decoded = text.charCodeAt(i) === 38 ? entityAt(text, i) : undefined;
    if (decoded !== undefined) {
      for (let k = 0; k < decoded.length; k++) offsets[n++] = i;
      out += text.slice(copied, i) + decoded;
      i = entityEnd;
      copied = i;
      continue;
    }
    offsets[n++] = i;
    i++;
  }
  out += text.slice(copied);
  offsets[n] = text.length;
  return { text: out, offsets };
}
