// "The drug dealer was sentenced to 10 years.", "The rapist was jailed for 12 years.": a reader retelling
// a court or police report. With no rule match, the model's n-grams of the crime ("dealer", "rapist") were
// enough to flag it (0.50–0.65). Such a text needs more confidence from the model (index.ts): it names
// the justice system at work and speaks to no one in the thread. Word scan over fixed sets, no RegExp;
// called only for a model-only text that would be flagged and whose words (rules.ts lastWordClasses)
// include one of JUSTICE_WORDS.
import { JUSTICE_WORDS } from "./lexicon-terms";

const JUSTICE: ReadonlySet<string> = new Set(JUSTICE_WORDS.split(/\s+/));
const READER: ReadonlySet<string> = new Set(["you", "your", "u", "ur", "youre", "yourself", "yourselves", "ya"]);

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** True when `text` names a court, police or prison and no word of it addresses the reader. */
export function isCourtReport(text: string): boolean {
  let justice = false;
  for (let i = 0; i < text.length;) {
    if (!isLetter(text.charCodeAt(i))) { i++; continue; }
    const s = i;
    while (i < text.length && (isLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 39)) i++;
    const word = text.slice(s, i).toLowerCase().replace("'", "");
    if (READER.has(word)) return false;
    if (JUSTICE.has(word)) justice = true;
  }
  return justice;
}
