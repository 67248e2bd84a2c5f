// Per-category evidence in [0, 1] from rule matches (rules.ts findAbuseMatches), for combining with the
// learned model (index.ts): each match's severity, then a noisy-or per category.
import { ABUSE_CATEGORIES, type AbuseCategory, type AbuseMatch } from "../types";
import { lexicon } from "./lexicon";
import { patterns } from "./patterns";
import { SPAM_SEVERITY } from "./spam";

/** Severity in (0, 1] of one rule match: the term's, or the pattern's times its key word's weight. */
export function matchSeverity(m: AbuseMatch): number {
  const lex = lexicon();
  const pats = patterns();
  const id = lex.byTerm.get(m.term);
  const ps = pats.severityByRule.get(m.rule);
  if (ps !== undefined) return ps * (id === undefined ? 1 : pats.keyWeightByRule.get(m.rule)?.get(id) ?? pats.keyWeight[id]!);
  const spam = SPAM_SEVERITY[m.rule];
  if (spam !== undefined) return spam;
  return id === undefined ? 0.5 : lex.severity[id]!;
}

/**
 * Evidence per category in [0, 1] from rule matches: a noisy-or of their severities (two mild matches
 * count more than one). Profane insults (asshole) also count as profanity, slurs also as insults.
 */
export function ruleEvidence(matches: readonly AbuseMatch[]): Record<AbuseCategory, number> {
  const miss: Record<AbuseCategory, number> = { profanity: 1, insult: 1, threat: 1, identity_attack: 1, sexual: 1, spam: 1 };
  // Spam counts each kind of signal once (its strongest match): five links to sources in a talk-page
  // argument are one signal, not five; a money offer beside a link is two. Spam phrases are the exception:
  // two different ones ("crypto investment … guaranteed income") are two signals, the same one twice is one.
  let spamKinds: Map<string, number> | null = null;
  for (const m of matches) {
    const s = Math.min(1, Math.max(0, matchSeverity(m)));
    if (m.category === "spam") {
      spamKinds ??= new Map();
      const kind = m.rule === "lexicon:spam" ? `${m.rule}:${m.term}` : m.rule;
      spamKinds.set(kind, Math.max(spamKinds.get(kind) ?? 0, s));
      continue;
    }
    miss[m.category] *= 1 - s;
    if (m.rule === "lexicon:profanity" && m.category !== "profanity") miss.profanity *= 1 - 0.8 * s;
    if (m.rule === "lexicon:slur") miss.insult *= 1 - 0.8 * s;
  }
  if (spamKinds) for (const s of spamKinds.values()) miss.spam *= 1 - s;
  const out = {} as Record<AbuseCategory, number>;
  for (const c of ABUSE_CATEGORIES) out[c] = 1 - miss[c];
  return out;
}
