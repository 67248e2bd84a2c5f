// Chrome that a line shows anywhere in it, not only at its start: links to other pages marked by an
// arrow, share buttons labelled for screen readers, and the pitches of newsletter boxes. Split from
// boilerplate.ts (which calls classifyLinkChrome for every line) to keep that file short; the same
// rules hold: patterns without nested quantifiers, cheap substring gates before any of them runs.
import type { BoilerplateKind } from "./boilerplate";

/**
 * The line's kind when it is one of these, else null; `line` is one trimmed line under 400 characters,
 * `letters` its set of ASCII letters (boilerplate.ts' bits; -1 when unknown).
 */
export function classifyLinkChrome(line: string, letters: number): BoilerplateKind | null {
  if (isArrowLink(line)) return "nav";
  if (line.length < 300 && isSignUpPitch(line, letters)) return "form";
  if (opensNewWindow(line)) return "share";
  return null;
}

/** A newsletter box's or a letters page's pitch, wherever it sits in the line. */
const SIGN_UP_PITCH = /enter your e-?mail|opt out any ?time|hate spam|receive our (?:daily |weekly |monthly )?newsletter|(?:submit|write) a letter to the editor|sign(?:ing)? up (?:for|to) (?:our|the) (?:free )?(?:daily |weekly )?newsletter/i;

const lettersOf = (phrase: string): number => [...phrase.replace(/[^a-z]/g, "")].reduce((bits, ch) => bits | (1 << (ch.charCodeAt(0) - 97)), 0);
// The letters every pitch of each kind holds: a line without all of any kind's letters is skipped before
// the search (run on every line, the search cost a tenth of text segmentation).
const PITCH_LETTERS = ["enter your mail", "opt out anytime", "hate spam", "our newsletter", "letter to the editor"].map(lettersOf);

/** The German pitches: "Abonniere unseren Newsletter", "Kostenlos zum Newsletter anmelden", "Abonnieren Sie kostenlos die …-Newsletter". */
const NEWSLETTER_LETTERS = lettersOf("newsletter");
const GERMAN_PITCH = /unseren newsletter|newsletter (?:abonnieren|anmelden)|zum newsletter|abonnieren sie [^.!?]{0,60}newsletter|abonniere [^.!?]{0,40}newsletter/i;

/** "Missing out on …? Enter your email below …", "I hate spam & you may opt out anytime", "Never miss … by signing up to our newsletter today!". */
function isSignUpPitch(line: string, letters: number): boolean {
  // The German pitches all name the newsletter: its letters, then one native search, gate the pattern.
  if ((letters & NEWSLETTER_LETTERS) === NEWSLETTER_LETTERS && line.includes("ewsletter") && GERMAN_PITCH.test(line)) return true;
  for (const bits of PITCH_LETTERS) if ((letters & bits) === bits) return SIGN_UP_PITCH.test(line);
  return false;
}

/**
 * "← Previous post title", "Next post title →", "Mehr Artikel von Jane →": an arrow at the start or the
 * end of a line marks a link to another page (post navigation, "more" links). Article sentences put
 * arrows between words ("Settings → Privacy"), not at a line's ends.
 */
function isArrowLink(line: string): boolean {
  return line.charCodeAt(0) === 0x2190 || line.charCodeAt(line.length - 1) === 0x2192;
}

const NEW_WINDOW = /\((?:opens in (?:a )?new window|wird in neuem fenster geöffnet|s['’]ouvre dans une nouvelle fenêtre)\)$/i;

/** "Click to share on Twitter (Opens in new window)", "Klick, um … zu teilen (Wird in neuem Fenster geöffnet)": a share button's label. */
function opensNewWindow(line: string): boolean {
  return line.charCodeAt(line.length - 1) === 41 && NEW_WINDOW.test(line.length > 50 ? line.slice(-50) : line);
}
