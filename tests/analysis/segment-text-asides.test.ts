// Asides around the article in text dumps: "Related" boxes inside the article, link lists and teaser
// grids after it, share bars as list items, and the page's copyright notice closing the article.
import { describe, expect, it } from "vitest";
import { classifyBoilerplateLine } from "../../src/analysis/segment/boilerplate";
import { segmentText } from "../../src/analysis/segment/text/index";
import { readLines } from "../../src/analysis/segment/text/lines";
import { isAsideHeading } from "../../src/analysis/segment/text/sections";

const P1 = "The town council approved the new budget on Tuesday after a long debate that lasted well into the night.";
const P2 = "Council members argued about the cost of repairing the old bridge, which has been closed for two years.";
const P3 = "The budget also includes money for the library, the swimming pool and three new buses for the schools.";
const P4 = "Residents will be able to comment on the plans at a public meeting in the town hall next month, officials said.";

describe("segmentText: asides", () => {
  it("keeps a one-link 'Related' box inside the article out of the body, and the body going on after it", () => {
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", "Related", "", "Bridge repairs delayed again", "", P3, "", P4].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, P4]);
    expect(page.boilerplate).toEqual(["Related", "Bridge repairs delayed again"]);
  });

  it("ends the body at the page's copyright notice, even when teasers with sentences follow", () => {
    const teasers = [
      "Best winter coats of the year",
      "Shopping / 19 mins ago",
      "While the cold season is only starting, some of the best coats are already on sale in many shops.",
      "Local team wins the regional final",
      "Sports / 25 mins ago",
      "The local team won the regional final on Sunday after a dramatic penalty shoot-out in the rain.",
    ];
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", P3, "", "Copyright 2024 Town Gazette. All rights reserved.", "", ...teasers].join("\n"));
    expect(page.body).toEqual([P1, P2, P3]);
    expect(page.comments).toEqual([]);
  });

  it("never takes a list of long link titles (an archive) for the body", () => {
    const archive = [
      "  • February 2020",
      "    □ Feb 13, 2020 Letter to the President of the Regional Council about the future of the old harbour Feb 13, 2020",
      "    □ Feb 2, 2020 Interview with the national radio about the new bridge and the budget of the town Feb 2, 2020",
      "  • January 2020",
      "    □ Jan 30, 2020 Speech at the opening of the new public library in the presence of the mayor Jan 30, 2020",
      "    □ Jan 22, 2020 Report from the annual meeting of the regional association of small town councils Jan 22, 2020",
    ];
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", P3, "", ...archive].join("\n"));
    expect(page.body).toEqual([P1, P2, P3]);
    expect(page.comments).toEqual([]);
  });

  it("treats bulleted share bars and a lone 'Advertisement' as chrome", () => {
    const share = ["  • Click to share on Twitter (Opens in new window)", "  • Click to share on Facebook (Opens in new window)", "  • Click to print (Opens in new window)"];
    const page = segmentText(["Town council approves the new budget", "", P1, "", "Advertisement", "", P2, "", P3, "", ...share].join("\n"));
    expect(page.body).toEqual([P1, P2, P3]);
    expect(page.boilerplate).toEqual(expect.arrayContaining(["Advertisement", ...share.map((s) => s.trim())]));
  });

  it("keeps author boxes out of the body: a labelled box, and a bio opening with the name shown above it", () => {
    const bio = "Jane Miller ist seit 2018 Redakteurin der Gazette und schreibt über Politik, Verkehr und die Finanzen der Stadt.";
    const labelled = segmentText(["Town council approves the new budget", "", P1, "", P2, "", P3, "", "About the Author - Jane Miller", "", "Hi! My name is Jane and I have been writing about our town for ten years now."].join("\n"));
    expect(labelled.body).toEqual([P1, P2, P3]);
    const byName = segmentText(["Town council approves the new budget", "", P1, "", P2, "", P3, "", "Veröffentlicht von Jane Miller", "www.janemiller.example", bio].join("\n"));
    expect(byName.body).toEqual([P1, P2, P3]);
    expect(byName.boilerplate).toContain(bio);
    const caption = "Children wait in front of the town's only pharmacy on Tuesday, when the council met to discuss the budget for the coming year and the repairs.";
    const contact = segmentText(["Town council approves the new budget", "", P1, "", P2, "", P3, "", "Contact the author:", "", "Head shot of Jane Miller", "Jane Miller", "", "Related", "", caption, "", "Bridge repairs delayed again"].join("\n"));
    expect(contact.body).toEqual([P1, P2, P3]);
  });

  it("keeps a bio that opens with the byline's full name out of the body, not a paragraph about another person", () => {
    const bio = "ANNA BERGER has covered the town hall for ten years and still takes the night bus home after every council meeting.";
    const other = "Peter Lang has asked the council for years to repair the old bridge, and he says he will keep on asking.";
    const page = segmentText(["Town council approves the new budget", "", "By Anna Berger", "", P1, "", P2, "", other, "", P3, "", P4, "", "TAGS: budget, bridge", "", bio].join("\n"));
    expect(page.body).toEqual([P1, P2, other, P3, P4]);
  });

  it("starts the body under the dateline, not at a site blurb above the headline", () => {
    const blurb = "I created this blog to write about town politics, and to date it has helped thousands of readers follow the council.";
    const page = segmentText([blurb, "", "Town council approves the new budget", "", "09 Oct 2018", "", P1, "", P2, "", P3, "", P4, "", P1, "", P2].join("\n"));
    expect(page.title).toBe("Town council approves the new budget");
    expect(page.body).toEqual([P1, P2, P3, P4, P1, P2]);
    expect(page.boilerplate).toEqual([blurb, "09 Oct 2018"]);
  });

  it("starts the body under a post's meta line with its comment count, the question headline above it too", () => {
    const head = "Is the new budget fair to every part of the town?";
    const meta = "Jane Doe | Town politics, Budget | 36 Kommentare";
    const page = segmentText(["• Home", "• About the Gazette", "", head, "", meta, "", P1, "", P2, "", P3, "", P4].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, P4]);
    expect(page.boilerplate).toContain(meta);
  });

  it("starts the body under a long filing line that opens the run (date, comment count, categories, Permalink)", () => {
    const meta = "Mittwoch, März 7, 2018 21 Allgemein, Town politics, Budget, Bridge repairs, Library, Harbour festival Permalink";
    const page = segmentText(["Town council approves the new budget", "", meta, "", P1, "", P2, "", P3, "", P4].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, P4]);
  });

  it("reads tab labels glued by the render ('Related articlesMore from author') as an aside heading", () => {
    const heading = (text: string): boolean => isAsideHeading(readLines(text)[0]!);
    expect(heading("Related articlesMore from author")).toBe(true);
    expect(heading("MeistgelesenEmpfohlen")).toBe(true);
    expect(heading("Related articles")).toBe(true);
    expect(heading("McDonald's opens in the old town")).toBe(false);
    expect(heading("More on iPhones")).toBe(true);
  });

  it("keeps teasers indented under a related box's items out of the body", () => {
    const box = [
      "Weiterführende Artikel zu diesem Thema",
      "  • Bridge repairs delayed again",
      "    The old bridge will stay closed for another year, the council said on Monday after a long meeting.",
      "  • New buses for the schools",
      "    Three new buses will bring the children to school from next autumn, the transport office announced.",
    ];
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", P3, "", P4, "", ...box].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, P4]);
  });

  it("keeps a teaser grid (headline over a one-sentence summary, three times or more) out of the body", () => {
    const grid = [
      "Amazon sets sights on new office in the city centre",
      "Reports suggest the company is seeking a new location in the county.",
      "",
      "Gardai renew appeal for missing teenager from the north side",
      "Kayla has been missing since the end of October, her family said.",
      "",
      "Fundraiser launched to save local musician's beloved piano",
      "The pianist has been out of work for months and is now forced to sell.",
    ];
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", P3, "", P4, "", ...grid].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, P4]);
  });
});

describe("classifyBoilerplateLine: link labels", () => {
  it("reads post navigation arrows and share buttons that open a new window as chrome, arrows inside a sentence not", () => {
    expect(classifyBoilerplateLine("Click to share on Twitter (Opens in new window)")).toBe("share");
    expect(classifyBoilerplateLine("Klick, um über Facebook zu teilen (Wird in neuem Fenster geöffnet)")).toBe("share");
    expect(classifyBoilerplateLine("← Bridge repairs delayed again")).toBe("nav");
    expect(classifyBoilerplateLine("The library opens on Sundays →")).toBe("nav");
    expect(classifyBoilerplateLine("Open Settings → Privacy and turn the option off.")).toBe(null);
    expect(classifyBoilerplateLine("Article précédent Centre d’écoute : Un abri pour les femmes")).toBe("nav");
    expect(classifyBoilerplateLine("Article suivant Après une mise en quarantaine")).toBe("nav");
    expect(classifyBoilerplateLine("Nächster Artikel")).toBe("nav");
  });

  it("reads a newsletter box's or a letters page's pitch as a form, a report about a letter to the editor not", () => {
    expect(classifyBoilerplateLine("Missing out on the latest news? Enter your email below to receive future announcements.")).toBe("form");
    expect(classifyBoilerplateLine("I hate spam & you may opt out anytime: Privacy Policy.")).toBe("form");
    expect(classifyBoilerplateLine("Never miss the latest news by signing up to our newsletter today!")).toBe("form");
    expect(classifyBoilerplateLine("We want to hear what you think. Submit a letter to the editor.")).toBe("form");
    expect(classifyBoilerplateLine("In a letter to the editor, residents complained about the noise.")).toBe(null);
    expect(classifyBoilerplateLine("Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos die Stadt-Newsletter und bleiben Sie auf dem Laufenden.")).toBe("form");
    expect(classifyBoilerplateLine("Kostenlos zum Newsletter anmelden und Jahresabo gewinnen")).toBe("form");
    expect(classifyBoilerplateLine("Einmal pro Woche schicken wir dir unseren Newsletter ins Postfach!")).toBe("form");
    expect(classifyBoilerplateLine("Der Newsletter der Stadt erscheint seit Mai nur noch einmal im Monat.")).toBeNull();
  });

  it("reads a media player's labels as captions, not a sentence that talks about images", () => {
    expect(classifyBoilerplateLine("Image caption Mourners attend a funeral in Brooklyn")).toBe("caption");
    expect(classifyBoilerplateLine("Media captionHow caravans are helping frontline medics")).toBe("caption");
    expect(classifyBoilerplateLine("Media playback is unsupported on your device")).toBe("caption");
    expect(classifyBoilerplateLine("Slideshow ( 15 images )")).toBe("caption");
    expect(classifyBoilerplateLine("Slideshow images of the bridge were shown at the meeting.")).toBeNull();
  });

  it("reads asks for support as promo, a sentence about who supports whom not", () => {
    expect(classifyBoilerplateLine("If you enjoyed reading this post – would you consider supporting our work?")).toBe("promo");
    expect(classifyBoilerplateLine("Unterstützen Sie uns bei Steady!")).toBe("promo");
    expect(classifyBoilerplateLine("Die Grünen unterstützen sie dabei nicht.")).toBeNull();
  });

  it("reads program code in a tutorial as code, not as a print button or a form field", () => {
    expect(classifyBoilerplateLine("print f()")).toBeNull();
    expect(classifyBoilerplateLine("print('key error')")).toBeNull();
    expect(classifyBoilerplateLine("print a.f()")).toBeNull();
    expect(classifyBoilerplateLine("[1, 2, 3, 5]")).toBeNull();
    expect(classifyBoilerplateLine('["baz", "baz"]')).toBeNull();
    expect(classifyBoilerplateLine("Print")).toBe("share");
    expect(classifyBoilerplateLine("Facebook(12)")).toBe("share");
    expect(classifyBoilerplateLine("[Search          ]")).toBe("form");
    expect(classifyBoilerplateLine("[x]")).toBe("form");
  });
});
