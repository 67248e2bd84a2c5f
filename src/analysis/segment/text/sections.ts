// Lines that end the article: the heading of an aside section ("Related articles", "About the
// author", "Ähnliche Beiträge", "Trending now") and the page's copyright notice. The body's best run
// never spans one (body.ts treats them as walls), so teaser lists and footers after them stay out.
import { lineKind, type Line } from "./lines";

/**
 * Aside headings, alone on their line. Anchored at both ends, no nested quantifiers: an inline promo
 * ("Related: Some headline") or a sentence never matches, only the bare heading does.
 */
const ASIDE_HEADING = new RegExp(
  "^(?:" +
    [
      "related(?: (?:articles?|posts?|stories|content|news|links|reading|coverage|topics|videos?))?",
      "more (?:stories|news|articles|videos?|great \\S+(?: \\S+)? stories|from \\S+(?: \\S+){0,3}|on \\S+(?: \\S+){0,2}|in \\S+(?: \\S+){0,2})",
      "(?:recent|latest|newest|popular|top|featured|trending|recommended|similar|other) (?:posts|articles|stories|news|videos|reads)",
      "top stories|trending(?: now| today)?|most (?:read|popular|viewed|shared|commented)|read next|keep reading|further reading|what to read next",
      "you (?:may|might) also (?:like|enjoy)|recommended(?: for you)?|don't miss|also on \\S+(?: \\S+)?|around the web|from the web",
      "about the author|about (?:the )?authors|über den autor|über die autorin|zum autor|zur autorin|die autorin|der autor",
      "(?:ähnliche|verwandte|weitere|neueste|letzte|beliebte|passende|empfohlene|meistgelesene) (?:artikel|beiträge|themen|nachrichten|meldungen)",
      "weiterführende artikel(?: zu diesem thema)?|meistgelesen|meist gelesen|das könnte sie auch interessieren|auch interessant|mehr zum thema|mehr (?:aus|von|zu) \\S+(?: \\S+){0,2}",
      "l'auteur vous recommande|à lire aussi|a lire aussi|en relation|sur le même sujet|articles? (?:similaires|liés|connexes|recommandés)|les plus lus",
    ].join("|") +
    ")\\s*:?$",
  "i",
);

const YEAR_OR_RESERVED = /\b(?:19|20)\d\d\b|reserved|vorbehalten|réservés/i;

/** A bare aside heading ("Related articles", "Über den Autor"). */
export function isAsideHeading(line: Line): boolean {
  return line.words > 0 && line.words <= 8 && line.text.length <= 80 && line.marker === "none" && ASIDE_HEADING.test(line.text);
}

export function isSectionWall(line: Line, chrome: boolean): boolean {
  if (line.words === 0 || line.words > 8 || line.text.length > 80) {
    return chrome && line.text.length <= 300 && lineKind(line) === "copyright" && YEAR_OR_RESERVED.test(line.text);
  }
  return chrome && lineKind(line) === "copyright" && YEAR_OR_RESERVED.test(line.text);
}
