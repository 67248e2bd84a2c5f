// Chrome that a line shows anywhere in it, not only at its start: links to other pages marked by an
// arrow, share buttons labelled for screen readers, and the pitches of newsletter boxes. Split from
// boilerplate.ts (which calls classifyLinkChrome for every line) to keep that file short; the same
// rules hold: patterns without nested quantifiers, cheap substring gates before any of them runs.
import type { BoilerplateKind } from "./boilerplate";

/** The line's kind when it is one of these, else null; `line` is one trimmed line under 400 characters. */
export function classifyLinkChrome(line: string): BoilerplateKind | null {
  if (isArrowLink(line)) return "nav";
  if (line.length < 300 && isSignUpPitch(line)) return "form";
  if (opensNewWindow(line)) return "share";
  return null;
}

/** A newsletter box's or a letters page's pitch, wherever it sits in the line (on lower-cased text). */
const SIGN_UP_PITCH = /enter your e-?mail|opt out any ?time|hate spam|receive our (?:daily |weekly |monthly )?newsletter|(?:submit|write) a letter to the editor|sign(?:ing)? up (?:for|to) (?:our|the) (?:free )?(?:daily |weekly )?newsletter/;

/** "Missing out on …? Enter your email below …", "I hate spam & you may opt out anytime", "Never miss … by signing up to our newsletter today!". */
function isSignUpPitch(line: string): boolean {
  if (!line.includes("mail") && !line.includes("pam") && !line.includes("ewsletter") && !line.includes("ditor") && !line.includes("nytime") && !line.includes("ny time")) return false;
  return SIGN_UP_PITCH.test(line.toLowerCase());
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
