// "The attack killed 20 people", "this policy will kill jobs", "he was killed in a crash": news language
// about killing that threatens no one. The model's threat head keys on "kill" and fires on them (0.67-0.86),
// which on a news site's comments would flag the readers who discuss the news. Exempt only when EVERY
// kill word in the text is one of:
//   - "killed"/"kills" followed by a count of victims ("killed 20 people", "kills thousands"): a report;
//   - "killed" after "was/were/been" (a past passive: "he was killed in a crash"; "will be killed" is not);
//   - any form followed by a thing, not a person ("kill jobs", "killed the deal", "kill time");
//   - someone else's threat or a charge, reported: "threatened to kill", "accused of killing".
// Anything else ("kill the mayor", "kill your family", "killing people", "killer") keeps the model's threat.
// Word scan over fixed sets, no RegExp; called only when the model alone named a threat.

const KILL_FORMS: ReadonlySet<string> = new Set(["kill", "kills", "killed", "killing", "killings", "killer", "killers"]);
const REPORT_FORMS: ReadonlySet<string> = new Set(["killed", "kills"]);
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["was", "were", "been"]);
const COUNT_WORDS: ReadonlySet<string> = new Set([
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
  "dozens", "hundreds", "thousands", "millions", "scores", "several", "many", "more", "nearly", "almost",
  "about", "over", "some", "at", "up", "as", "least", "an", "estimated",
]);
/** Skipped between the verb and its object ("kill the deal", "killed off their plans"). */
const DETERMINERS: ReadonlySet<string> = new Set(["the", "this", "that", "these", "those", "a", "an", "our", "their", "its", "his", "her", "my", "your", "any", "all", "off", "every", "whole", "entire", "new"]);
/** Objects of "kill" that are things: plans, markets, moods, time. */
const THING_OBJECTS: ReadonlySet<string> = new Set([
  "jobs", "job", "deal", "deals", "bill", "bills", "program", "programme", "programs", "plan", "plans", "project",
  "projects", "economy", "industry", "industries", "business", "businesses", "growth", "competition", "innovation",
  "proposal", "proposals", "idea", "ideas", "mood", "momentum", "time", "chances", "chance", "market", "markets",
  "sales", "demand", "tourism", "investment", "trade", "story", "joke", "vibe", "buzz", "reform", "law", "measure",
  "tax", "scheme", "amendment", "legislation", "motion", "merger", "talks", "negotiations", "process", "service",
  "services", "show", "series", "franchise", "brand", "app", "feature", "product", "engine", "lights", "power",
  "bacteria", "germs", "cells", "weeds", "pests", "virus", "battery", "phone", "conversation", "rumour", "rumor",
  // "kill it" / "killed it" / "killing it": did it brilliantly (an "it" is never the person threatened).
  "it",
]);

const COORDINATORS: ReadonlySet<string> = new Set(["and", "or", "plus", "with", "along"]);
/** "threatened to kill", "plotted to kill": someone else's threat or plot, reported ("… the court heard"). */
const REPORTED_INTENT: ReadonlySet<string> = new Set(["threatened", "threatening", "threatens", "vowed", "plotted", "plotting", "conspired", "conspiring", "attempted", "allegedly"]);
/** "accused of killing", "charged with killing", "convicted of killing": a charge, reported. */
const CHARGES: ReadonlySet<string> = new Set(["accused", "charged", "convicted", "suspected", "arrested", "jailed", "sentenced", "acquitted", "guilty", "trial"]);

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
const isCount = (w: string): boolean => COUNT_WORDS.has(w) || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57);

/** The lower-case words of `text` (letters, digits and apostrophes: "you're" stays one word). */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const inWord = i < lower.length && isWordChar(lower.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** The kill word at `i` threatens no one: a count of victims, a past passive, or a thing as its object. */
function isReportOrThing(w: readonly string[], i: number): boolean {
  const form = w[i]!;
  if (REPORT_FORMS.has(form) && w[i + 1] !== undefined && isCount(w[i + 1]!)) return true;
  if (form === "killed" && i > 0 && PASSIVE_AUXILIARIES.has(w[i - 1]!)) return true;
  if (form === "kill" && i >= 2 && w[i - 1] === "to" && REPORTED_INTENT.has(w[i - 2]!)) return true;
  if ((form === "killing" || form === "killings") && i >= 2 && (w[i - 1] === "of" || w[i - 1] === "with" || w[i - 1] === "for") && CHARGES.has(w[i - 2]!)) return true;
  if (form === "killer" || form === "killers") return false;
  let j = i + 1;
  while (j < w.length && j <= i + 3 && DETERMINERS.has(w[j]!)) j++;
  // "kill the bill and the people who wrote it": a coordinated object may be a person.
  return j < w.length && THING_OBJECTS.has(w[j]!) && !COORDINATORS.has(w[j + 1] ?? "");
}

/** "kill" in any case anywhere in the text, without allocating: both exemptions need one. */
export function mentionsKill(text: string): boolean {
  for (let i = 0; i + 3 < text.length; i++) {
    if ((text.charCodeAt(i) | 0x20) !== 0x6b) continue; // k
    if ((text.charCodeAt(i + 1) | 0x20) === 0x69 && (text.charCodeAt(i + 2) | 0x20) === 0x6c && (text.charCodeAt(i + 3) | 0x20) === 0x6c) return true;
  }
  return false;
}

/** True when the text has a kill word and every one of them is news language, not a threat. */
export function isReportedOrFigurativeKill(text: string): boolean {
  const w = words(text);
  let found = false;
  for (let i = 0; i < w.length; i++) {
    if (!KILL_FORMS.has(w[i]!)) continue;
    if (!isReportOrThing(w, i)) return false;
    found = true;
  }
  return found;
}
