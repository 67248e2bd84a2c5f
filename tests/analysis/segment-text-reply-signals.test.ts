// Reply nesting in flat text dumps: chronology is the signal the text keeps (see reply-signals.ts).
import { describe, expect, it } from "vitest";
import { segmentText } from "../../src/analysis/segment/text/index";
import { stampToMinutes } from "../../src/analysis/segment/text/reply-signals";

const P1 = "The council met on Tuesday evening to discuss the new budget for the coming year and its priorities.";
const P2 = "Several members argued that road repairs should come first, while others wanted more money for schools.";
const P3 = "A final vote is expected next month after a public consultation that starts on Monday morning.";

function page(comments: [string, string, string][]): string {
  const lines = ["Town council approves the new budget", "", P1, "", P2, "", P3, "", "Kommentare", ""];
  for (const [name, date, text] of comments) lines.push(`${name} am ${date} Permanenter Link`, "", text, "", "  • Antworten", "");
  return lines.join("\n");
}

describe("segmentText: reply nesting by chronology", () => {
  it("nests comments dated after a comment listed below them (oldest-first thread without indentation)", () => {
    const result = segmentText(page([
      ["Anna Berg", "18. Oktober 2023 - 13:11", "Ich finde den Beschluss richtig, die Straßen sind wirklich in einem schlechten Zustand."],
      ["Karl Maier", "18. Oktober 2023 - 19:48", "Die Schulen brauchen das Geld aber dringender, das sieht man bei jedem Besuch dort."],
      ["Anna Berg", "22. Oktober 2023 - 11:20", "Da haben Sie recht, aber beides zugleich geht mit diesem Haushalt leider nicht."],
      ["Karl Maier", "23. Oktober 2023 - 09:02", "Dann sollte man eben die Prioritäten anders setzen und weniger für Beratung ausgeben."],
      ["Dora Fink", "19. Oktober 2023 - 15:18", "Wann genau beginnt denn die Bürgerbeteiligung und wo kann man sich dafür anmelden?"],
    ]));
    expect(result.comments.map((c) => c.parent)).toEqual([null, null, 1, 2, null]);
  });

  it("leaves a flat thread flat when the dates only ascend", () => {
    const result = segmentText(page([
      ["Anna Berg", "18. Oktober 2023 - 13:11", "Ich finde den Beschluss richtig, die Straßen sind wirklich in einem schlechten Zustand."],
      ["Karl Maier", "18. Oktober 2023 - 19:48", "Die Schulen brauchen das Geld aber dringender, das sieht man bei jedem Besuch dort."],
      ["Dora Fink", "19. Oktober 2023 - 15:18", "Wann genau beginnt denn die Bürgerbeteiligung und wo kann man sich dafür anmelden?"],
    ]));
    expect(result.comments.map((c) => c.parent)).toEqual([null, null, null]);
  });

  it("leaves a newest-first thread flat", () => {
    const result = segmentText(page([
      ["Dora Fink", "21. Oktober 2023 - 15:18", "Wann genau beginnt denn die Bürgerbeteiligung und wo kann man sich dafür anmelden?"],
      ["Karl Maier", "19. Oktober 2023 - 19:48", "Die Schulen brauchen das Geld aber dringender, das sieht man bei jedem Besuch dort."],
      ["Anna Berg", "18. Oktober 2023 - 13:11", "Ich finde den Beschluss richtig, die Straßen sind wirklich in einem schlechten Zustand."],
    ]));
    expect(result.comments.map((c) => c.parent)).toEqual([null, null, null]);
  });

  it("reads absolute stamps in common formats and refuses relative ones", () => {
    expect(stampToMinutes("18. Oktober 2023 - 13:11")).toBeLessThan(stampToMinutes("October 18, 2023 at 1:12 pm")!);
    expect(stampToMinutes("2023-10-18 13:11")).toBe(stampToMinutes("18.10.2023 um 13:11"));
    expect(stampToMinutes("Oct 18, 2023 at 12:05 am")).toBeLessThan(stampToMinutes("18.10.2023 01:00")!);
    expect(stampToMinutes("2 days ago")).toBeNull();
    expect(stampToMinutes("1 Monat her")).toBeNull();
  });
});

describe("segmentText: replies as list items under flat comments", () => {
  it("reads a German date line as the stamp, not as item 24 of a list, and nests the indented reply", () => {
    const text = [
      "Town council approves the new budget", "", P1, "", P2, "", P3, "",
      "Karl sagt:", "24. November 2019 um 17:53 Uhr", "",
      "Wenn ich den Befehl eingebe, bekomme ich eine Fehlermeldung, obwohl ich Administrator bin.", "",
      "Antworten", "",
      "  • Markus Elsberger sagt:", "    24. November 2019 um 20:10 Uhr", "",
      "    Hallo Karl, ich habe es gerade nochmal getestet und es hat einwandfrei funktioniert.", "",
    ].join("\n");
    const result = segmentText(text);
    expect(result.comments.map((c) => [c.author, c.parent])).toEqual([["Karl", null], ["Markus Elsberger", 0]]);
    expect(result.comments[0]!.postedAt).toBe("24. November 2019 um 17:53 Uhr");
  });

  it("keeps list items at the flat comment's own indentation top-level", () => {
    const text = [
      "Town council approves the new budget", "", P1, "", P2, "", P3, "",
      "Karl sagt:", "24. November 2019 um 17:53 Uhr", "",
      "Wenn ich den Befehl eingebe, bekomme ich eine Fehlermeldung, obwohl ich Administrator bin.", "",
      "• Markus Elsberger sagt:", "  24. November 2019 um 20:10 Uhr", "",
      "  Bei mir hat es einwandfrei funktioniert, ich habe vorher eine cmd als Administrator geöffnet.", "",
    ].join("\n");
    expect(segmentText(text).comments.map((c) => c.parent)).toEqual([null, null]);
  });
});
