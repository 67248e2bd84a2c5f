// Thread styles beyond the basic ones of segment-text.test.ts: stamps after the comment text
// (wpDiscuz with vote and translate lines), "NAME am DATE" review stamps, bare name lines over text
// with an obfuscated "[email protected]" author, pingbacks, and a "Recent Comments" sidebar after the thread.
import { describe, expect, it } from "vitest";
import { segmentText } from "../../src/analysis/segment/text/index";

const ARTICLE = [
  "Town council approves the new budget",
  "",
  "The town council approved the new budget on Tuesday after a long debate that lasted well into the night.",
  "",
  "Council members argued about the cost of repairing the old bridge, which has been closed for two years.",
  "",
  "The budget also includes money for the library, the swimming pool and three new buses for the schools.",
  "",
];

describe("segmentText: more thread styles", () => {
  it("starts the thread at a one-comment header ('1 reply on …') after a short post", () => {
    // The render glued name and "says", so only the header marks where the thread starts.
    const comment = "Es war ein wunderbarer Beschluss für alle Anrainer, die jeden Tag über die Brücke fahren müssen.";
    const page = segmentText([...ARTICLE, "1 reply on “Town council approves the new budget”", "", "NCWiensays:", "September 21, 2014 at 2:58 pm", "", comment].join("\n"));
    expect(page.body).not.toContain(comment);
    expect(page.comments.map((c) => c.text)).toEqual([comment]);
  });

  it("reads a thread stamped after each comment's text: names above, votes and date below", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "3 Kommentare",
        "",
        "AnnaAnna",
        "Gast",
        "Anna",
        "",
        "Ich finde den neuen Haushalt gut, vor allem das Geld für die Bücherei ist richtig.",
        "",
        "Daumen hoch6Daumen runter",
        "Translate",
        "Original",
        "1 Monat her",
        "BerndBernd",
        "Gast",
        "Bernd",
        "",
        "Die Brücke hätte man schon vor Jahren reparieren sollen, das ist viel zu spät.",
        "1. Erstens fehlt das Geld für die Straßen im Norden der Stadt.",
        "2. Zweitens wird die Bücherei trotzdem im Winter geschlossen.",
        "",
        "Daumen hoch2Daumen runter",
        "Translate",
        "Original",
        "2 Monate her",
        "CarlaCarla",
        "Gast",
        "Carla",
        "",
        "Endlich neue Busse für die Schulen, darauf haben wir lange gewartet.",
        "",
        "Daumen hoch0Daumen runter",
        "Translate",
        "Original",
        "3 Monate her",
        "",
        "Recent Comments",
        "  • Anna: Ich finde den neuen Haushalt gut, vor allem das Geld",
      ].join("\n"),
    );
    expect(page.comments.map((c) => [c.author, c.postedAt, c.parent])).toEqual([
      ["Anna", "1 Monat her", null],
      ["Bernd", "2 Monate her", null],
      ["Carla", "3 Monate her", null],
    ]);
    expect(page.comments[1]!.text).toBe(
      "Die Brücke hätte man schon vor Jahren reparieren sollen, das ist viel zu spät.\n1. Erstens fehlt das Geld für die Straßen im Norden der Stadt.\n2. Zweitens wird die Bücherei trotzdem im Winter geschlossen.",
    );
    expect(page.boilerplate).toContain("Recent Comments");
  });

  it("reads review stamps 'NAME am DATE' above each text", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "Kundenbewertungen",
        "",
        "    Georg N. am 10.4.2020",
        "",
        "    Alles bestens, der Stall ist stabil und die Kaninchen sind zufrieden.",
        "",
        "    stefanie am 19.2.2012",
        "",
        "    Sieht super aus und ist einfach aufzubauen, würde ich wieder kaufen.",
        "",
        "    Herbert am 15.7.2010",
        "",
        "    Für dieses Geld kann man so einen Stall kaum selber bauen.",
      ].join("\n"),
    );
    expect(page.comments.map((c) => [c.author, c.postedAt])).toEqual([
      ["Georg N.", "10.4.2020"],
      ["stefanie", "19.2.2012"],
      ["Herbert", "15.7.2010"],
    ]);
  });

  it("reads bare name lines over text, '[email protected]' included, and drops pingbacks", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "Comments",
        "",
        "Laurent",
        "One reason to use the slice is that other names pointing to the list see the change.",
        "[email protected]",
        "How about bar = bar or [] instead? It is shorter and easier to read for everyone.",
        "Wittawat",
        "About mistake six: the binding in lambda expressions can also be fixed with a default.",
        "",
        " 1. Pingback: Ten mistakes you should avoid | Some Blog",
      ].join("\n"),
    );
    expect(page.comments.map((c) => c.author)).toEqual(["Laurent", "[email protected]", "Wittawat"]);
    expect(page.comments.some((c) => c.text.includes("Pingback"))).toBe(false);
  });

  it("does not take 'X says <headline> <date>' archive entries for comment stamps", () => {
    const archive = [
      "  • August 2015",
      "      □ Aug 23, 2015 Raw Aug 23, 2015",
      "      □ Aug 16, 2015 Pam says she's too old to be in the film Aug 16, 2015",
      "      □ Aug 11, 2015 Letter to the Minister of Natural Resources Aug 11, 2015",
      "      □ Aug 9, 2015 Ann says the harbour must stay open for the fishermen Aug 9, 2015",
      "      □ Aug 2, 2015 Bob says the budget is too small for the bridge Aug 2, 2015",
    ];
    const page = segmentText([...ARTICLE, ...archive].join("\n"));
    expect(page.comments).toEqual([]);
  });

  it("keeps a dated note in the article and a share-bar 'Comments' link out of the thread", () => {
    const page = segmentText(
      [
        "Town council approves the new budget",
        "",
        "  • Email",
        "  • Share on Facebook",
        "  • Share on Twitter",
        "Comments",
        "",
        ...ARTICLE.slice(2),
        "Nachtrag 22.04.2020 10:30 Uhr:",
        "",
        "The mayor has since confirmed that the bridge will be repaired before the winter comes.",
        "",
        "Leserpost (2)",
        "",
        "Karsten Dörre / 22.04.2020",
        "",
        "Endlich wird die Brücke repariert, das hat viel zu lange gedauert in dieser Stadt.",
        "",
        "Alex Fischer / 22.04.2020",
        "",
        "Ich hoffe, dass auch die Busse pünktlich kommen, sonst war alles umsonst gewesen.",
        "",
        "Gabriele Klein / 23.04.2020",
        "",
        "Die Bücherei braucht das Geld am meisten, da bin ich mir ganz sicher, liebe Leute.",
      ].join("\n"),
    );
    expect(page.body).toContain("The mayor has since confirmed that the bridge will be repaired before the winter comes.");
    expect(page.comments.map((c) => c.author)).toEqual(["Karsten Dörre", "Alex Fischer", "Gabriele Klein"]);
  });

  it("reads comments stamped '— Posted by NAME on DATE' under a 'Comments' heading set apart from a share bar", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "Teilen auf Facebook",
        "Teilen auf Twitter",
        "",
        "Comments",
        "",
        "Finally some action on that bridge.",
        "— Posted by Jane on March 3, 2021",
        "",
        "Who pays for all this? We do, as always.",
        "— Posted by Carl on March 4, 2021",
        "",
        "Leave a Reply",
      ].join("\n"),
    );
    expect(page.comments.map((c) => [c.author, c.postedAt, c.text])).toEqual([
      ["Jane", "March 3, 2021", "Finally some action on that bridge."],
      ["Carl", "March 4, 2021", "Who pays for all this? We do, as always."],
    ]);
    expect(page.boilerplate).toEqual(expect.arrayContaining(["Teilen auf Facebook", "Comments", "Leave a Reply"]));
  });

  it("reads a news-site thread with compact relative dates ('2h ago'), Reply / Report and vote counts", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "Comments (3)",
        "",
        "JaneD", "2h ago", "Finally some action on that bridge.", "Reply", "Report", "12", "3",
        "",
        "CarlS", "1h ago", "Who pays for all this? We do.", "Reply", "Report", "4", "0",
        "",
        "    Replying to CarlS", "    MayaK", "    30m ago", "    The state does, mostly.", "    Reply", "    Report", "    2", "    0",
      ].join("\n"),
    );
    expect(page.comments.map((c) => [c.author, c.postedAt, c.parent, c.text])).toEqual([
      ["JaneD", "2h ago", null, "Finally some action on that bridge."],
      ["CarlS", "1h ago", null, "Who pays for all this? We do."],
      ["MayaK", "30m ago", 1, "The state does, mostly."],
    ]);
  });

  it("finds a counted thread header ('3 Responses to …') after a short post", () => {
    const page = segmentText(
      [
        "SW082 – 82 Gründe zum weiter hören",
        "",
        "In der neuen Folge sprechen wir über den Urlaub und die Tasse.",
        "",
        "3 Responses to SW082 – 82 Gründe zum weiter hören",
        "",
        " 1. Baschurr says:",
        "    22. Juli 2019 at 16:25",
        "",
        "    Schöne Folge. Hab mich gefreut.",
        "",
        " 2. Anonymous says:",
        "    23. Juli 2019 at 05:00",
        "",
        "    Trotzdem mal wieder eine sehr kurzweilige Folge, macht weiter so!",
      ].join("\n"),
    );
    expect(page.body).toEqual(["In der neuen Folge sprechen wir über den Urlaub und die Tasse."]);
    expect(page.comments.map((c) => c.author)).toEqual(["Baschurr", "Anonymous"]);
  });

  it("reads numbered comments whose name and date are sub-items above the text", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "Kommentare Schreibe einen Kommentar",
        "",
        " 1.",
        "      □ Antworten",
        "      □ Dietmar Hilsebein",
        "      □ 8. April 2019 @ 11:38",
        "",
        "    Sind da Frauen nicht befragt worden? Das wäre doch die erste Frage gewesen.",
        "",
        " 2.",
        "      □ Antworten",
        "      □ ajki",
        "      □ 8. April 2019 @ 11:40",
        "",
        "    Naja, das Wort im Titel ist vielleicht doch eher eine falsche Wahl gewesen.",
        "",
        " 3.",
        "      □ Antworten",
        "      □ Maya",
        "      □ 9. April 2019 @ 08:02",
        "",
        "    Danke für den Artikel, er hat mir die ganze Debatte endlich einmal erklärt.",
      ].join("\n"),
    );
    expect(page.comments.map((c) => [c.author, c.postedAt, c.parent])).toEqual([
      ["Dietmar Hilsebein", "8. April 2019 @ 11:38", null],
      ["ajki", "8. April 2019 @ 11:40", null],
      ["Maya", "9. April 2019 @ 08:02", null],
    ]);
    expect(page.comments[0]!.text).toBe("Sind da Frauen nicht befragt worden? Das wäre doch die erste Frage gewesen.");
  });

  it("keeps labels and badges out of author names ('Comment by X', 'X Autor')", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "3 Kommentare",
        "",
        "Comment by Stadler am 12.12.2012",
        "",
        "Ein guter Artikel, der die Debatte im Rat sehr genau beschreibt.",
        "",
        "Mathias Autor am 13.12.2012",
        "",
        "Danke, das freut mich sehr, und die Brücke kommt hoffentlich bald.",
        "",
        "yoonar am 14.12.2012",
        "",
        "Die Busse sind wirklich das Wichtigste an diesem ganzen Haushalt.",
      ].join("\n"),
    );
    expect(page.comments.map((c) => c.author)).toEqual(["Stadler", "Mathias", "yoonar"]);
  });
});
