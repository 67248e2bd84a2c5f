// "This heat will kill you", "smoking will kill you": a warning about a thing, not a threat from the
// writer. The model's threat head sees only "will kill you" and fires (0.69 on the first). When the
// subject right before the verb phrase is one of a few impersonal nouns (never a pronoun: "it will kill
// you" may be a weapon), the model's threat share is not counted. Linear scan over fixed strings, no RegExp.

const KILL_PHRASES: readonly string[] = [" will kill you", " would kill you", " could kill you", " can kill you", " is going to kill you", " gonna kill you", " might kill you", " may kill you"];

const IMPERSONAL_SUBJECTS: ReadonlySet<string> = new Set([
  "heat", "cold", "sun", "humidity", "weather", "heatwave", "smoking", "cigarettes", "sugar", "salt", "alcohol",
  "drinking", "stress", "traffic", "commute", "suspense", "boredom", "prices", "rent", "bills", "pollution",
  "smog", "virus", "cancer", "disease", "fumes", "frost", "storm", "hike", "workout", "diet", "food",
]);

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** True when every "… kill you" phrase in the text follows an impersonal subject (and there is one). */
export function isImpersonalKillWarning(text: string): boolean {
  const lower = text.toLowerCase();
  let found = false;
  for (const phrase of KILL_PHRASES) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(phrase, from);
      if (at < 0) break;
      let start = at;
      while (start > 0 && isLetter(lower.charCodeAt(start - 1))) start--;
      const subject = lower.slice(start, at);
      if (!IMPERSONAL_SUBJECTS.has(subject)) return false;
      found = true;
      from = at + phrase.length;
    }
  }
  return found;
}
