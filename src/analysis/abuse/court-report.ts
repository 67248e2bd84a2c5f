// "The drug dealer was sentenced to 10 years.", "The rapist was jailed for 12 years.": a reader retelling
// a court or police report. With no rule match, the model's n-grams of the crime ("dealer", "rapist") were
// enough to flag it (0.50–0.65). Such a text needs more confidence from the model (index.ts): it names
// the justice system at work and speaks to no one in the thread. Word scan over fixed sets, no RegExp;
// called only for a model-only text that would be flagged and whose words (rules.ts lastWordClasses)
// include one of JUSTICE_WORDS.
import { JUSTICE_WORDS } from "./lexicon-terms";
import { words } from "./reported-kill";

const JUSTICE: ReadonlySet<string> = new Set(JUSTICE_WORDS.split(/\s+/));
const READER: ReadonlySet<string> = new Set(["you", "your", "u", "ur", "you're", "youre", "yourself", "yourselves", "ya"]);

/** True when `text` names a court, police or prison and no word of it addresses the reader. */
export function isCourtReport(text: string): boolean {
  let justice = false;
  for (const word of words(text)) {
    if (READER.has(word)) return false;
    if (JUSTICE.has(word)) justice = true;
  }
  return justice;
}
