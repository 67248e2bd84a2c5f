// Builds hostile plain-text pages of about `bytes` UTF-16 units, shared by the linear-time test and
// the speed benchmark. Deterministic (no randomness), so a slow shape is reproducible.

export type HostileKind = "mixed" | "one-line" | "ladder" | "stamps";

const PIECES: Record<HostileKind, string[]> = {
  // Everything the classifiers look at, over and over: stamps, headers, forms, markers, long words.
  mixed: [
    "  1. Roscoe says:",
    "    August 15, 2020 at 1:49 pm",
    "    It seems like there should be a simple fix to this. Reply",
    "      • Name Name Name Name Name Name Name Name Name Name Name Name Name Name Name Name",
    "20 thoughts on “aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "Leave a Reply Cancel reply",
    "— Posted by ———————————————————————————————————— on on on on on on on on on on on",
    "Home / a / b / c / d / e / f / g / h / i / j / k / l / m / n / o / p / q / r / s / t",
    "READ MORE: " + "x".repeat(300),
    "1.2.3.4.5.6.7.8.9.0.1.2.3.4.5.6.7.8.9 12:00 12:00 12:00 12:00 vor 3 Tagen",
    "Comments are closed.",
    "",
  ],
  // A single 1 MB line of near-matches.
  "one-line": ["By Aaaa says: 11. Dezember 2012 um 11:07 | Reply • Share › (Photo by " + "a ".repeat(64)],
  // Indentation going deeper and deeper with list markers: reply nesting must stay linear.
  ladder: [],
  // Thousands of stamps with one-word comments between them.
  stamps: ["Profilbild von X", "X", "6709", "17.10.2019, 14:14 Zum Antworten anmelden Zitieren #", "Geil", ""],
};

export function hostileTextPage(bytes: number, kind: HostileKind): string {
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    let piece: string;
    if (kind === "ladder") {
      const depth = i % 2000;
      piece = " ".repeat(depth) + (i % 3 === 0 ? "• " : `${(i % 99) + 1}. `) + "reply reply reply";
    } else if (kind === "one-line") {
      piece = PIECES["one-line"][0]!;
    } else {
      const list = PIECES[kind];
      piece = list[i % list.length]!;
    }
    parts.push(piece);
    size += piece.length + 1;
    i++;
  }
  return kind === "one-line" ? parts.join(" ").slice(0, bytes) : parts.join("\n").slice(0, bytes);
}
