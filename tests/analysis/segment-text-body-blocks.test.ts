// The article body as blocks: tables inside the article (rows of cells drawn with wide gaps) belong to
// it, while an offer box or a teaser rail after a wide run of menu lines does not, even when it holds a
// few sentences of its own.
import { describe, expect, it } from "vitest";
import { segmentText } from "../../src/analysis/segment/text/index";

const P1 = "The town council approved the new budget on Tuesday after a long debate that lasted well into the night.";
const P2 = "Council members argued about the cost of repairing the old bridge, which has been closed for two years.";
const P3 = "The budget also includes money for the library, the swimming pool and three new buses for the schools.";
const P4 = "Residents will be able to comment on the plans at a public meeting in the town hall next month, officials said.";

describe("segmentText: body blocks", () => {
  it("keeps a table between two paragraphs in the body, its gapless last rows too", () => {
    const table = [
      "Item                      2023            2024",
      "Bridge repairs            1.2m            2.5m",
      "Library                   0.4m            0.6m",
      "Swimming pool             0.3m            0.3m",
      "Parks                     0.2m            0.2m",
      "Street lights             0.1m            0.2m",
      "Town hall                 0.5m            0.4m",
      "Schools                   2.1m            2.3m",
      "Fire service              0.9m            1.0m",
      "Total                     5.7m            7.5m",
      "Buses",
      "Harbour",
    ];
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", ...table, "", P3].join("\n"));
    expect(page.body).toEqual([P1, P2, ...table, P3]);
  });

  it("keeps a list of signatories laid out in two columns under an open letter", () => {
    const names = [
      "Anna Berger, teacher                       Peter Lang, writer",
      "Maria Stein, Town University               Paul Roth, historian",
      "Jonas Klein                                Eva Winter, journalist",
      "Tom Baker, librarian                       Lena Fischer",
      "Sara Hoffmann, nurse",
      "Karl Weber, retired",
    ];
    const note = "Institutions are listed for identification purposes only.";
    const page = segmentText(["An open letter on the bridge", "", P1, "", P2, "", P3, "", ...names, "", note, "", "Sections", "", "• Archive", "• About"].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, ...names, note]);
  });

  it("leaves an offer box after the article out of the body although its bullets are sentences", () => {
    const box = [
      "You might also be interested in",
      "",
      "Travel",
      "Yesterday",
      "",
      "Gold Rewards Card",
      "",
      "Welcome offer",
      "",
      "Apply now",
      "Terms apply",
      "More things to know",
      "",
      "• Earn bonus points after you spend a certain amount on purchases in the first three months.",
      "• Get more value when you redeem points for flights, hotels and car rentals through the portal.",
      "",
      "Annual fee",
      "$95",
      "Regular rate",
      "Variable",
      "Recommended credit",
      "Good",
    ];
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", P3, "", P4, "", ...box].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, P4]);
  });

  it("keeps the article whole across a subheading and a short list", () => {
    const page = segmentText(
      ["Town council approves the new budget", "", P1, "", P2, "", "What the money is for", "", "• Bridge", "• Library", "• Buses", "", P3, "", P4].join("\n"),
    );
    expect(page.body).toEqual([P1, P2, "What the money is for", "• Bridge", "• Library", "• Buses", P3, P4]);
  });

  it("goes on below an aside box set into the article, however short the article's rest", () => {
    const box = ["Related", "", "• Bridge closed for another year", "• Library opens on Sundays", "• New buses for the schools"];
    const P5 = "The mayor said the new buses would run on electricity and be delivered before the end of the year, long before the repairs begin.";
    const P6 = "Work on the bridge is expected to start in the spring, once the final plans have been approved by the region and the county.";
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", P3, "", P4, "", ...box, "", P5, "", P6, "", "Sections", "", "• Archive", "• About"].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, P4, P5, P6]);
  });

  it("keeps the article's lead above a sign-up box that cuts it from the rest, not a teaser's two paragraphs", () => {
    const lead = [
      "The town council approved the new budget on Tuesday after a debate that lasted well into the night.",
      "Council members argued for hours about the cost of repairing the old bridge, closed for two years now.",
      "The budget also includes money for the library, the swimming pool and three new buses for the schools.",
      "Residents will be able to comment on the plans at a public meeting in the town hall next month, officials said.",
    ];
    const box = ["[                    ]", "Daily news, delivered free", "[                    ]Email", "Sign up", "[ ] Tick here to get our offers by email", "Read our full terms here", "Related", "• Bridge closed for another year"];
    const rest = [
      "The mayor said the new buses would run on electricity and be delivered before the end of the year, ahead of plan.",
      "Work on the bridge is expected to start in the spring, once the final plans have been approved by the region.",
      "The opposition voted against the budget and said that the town should have asked its residents first, as promised.",
      "The library will open on Sundays from next spring, and the swimming pool will get a new roof before the summer.",
      "Officials said the town would borrow less money than last year, thanks to higher taxes paid by local businesses.",
      "A final vote on the plans for the old harbour is expected in the autumn, after a second round of public meetings.",
    ];
    const page = segmentText(["Town council approves the new budget", "", ...lead.flatMap((p) => [p, ""]), ...box.flatMap((l) => [l, ""]), ...rest.flatMap((p) => [p, ""])].join("\n"));
    // The box's own plain lines ride along (as on the pages this comes from); its fields do not.
    expect(page.body.slice(0, lead.length)).toEqual(lead);
    expect(page.body.slice(-rest.length)).toEqual(rest);
    // Two paragraphs above the box are a teaser and a blurb: the body starts below the box.
    const teaser = segmentText(["Town council approves the new budget", "", lead[0], "", lead[1], "", ...box.flatMap((l) => [l, ""]), ...rest.flatMap((p) => [p, ""])].join("\n"));
    expect(teaser.body).toEqual(rest);
  });

  it("ends the body at a byline after the article: the next article of an endless page starts there", () => {
    const P5 = "The mayor said the new buses would run on electricity and be delivered before the end of the year.";
    const P6 = "Work on the bridge is expected to start in the spring, once the final plans have been approved.";
    const next = [
      "Harbour festival returns after three years",
      "",
      "By Jane Doe",
      "Jan 19, 2021. 3 min read",
      "",
      "The harbour festival will return this summer with music, boats and food stands along the old quay.",
      "",
      "Organisers expect more visitors than ever before and have asked the town for extra buses on both days.",
    ];
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", P3, "", P4, "", P5, "", P6, "", ...next].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, P4, P5, P6]);
  });

  it("leaves a tag box and a teaser card between the article and the next article of an endless page out", () => {
    const P5 = "The mayor said the new buses would run on electricity and be delivered before the end of the year.";
    const P6 = "Work on the bridge is expected to start in the spring, once the final plans have been approved by the region.";
    const P7 = "The opposition voted against the budget and said that the town should have asked its residents first.";
    const tags = ["Search for articles and topics", "", "Explore topics", "", "Budget", "", "Transport", "", "Follow", "", "Tags", "", "Bridges", "- Buses", "", "About Town Council", "", "Follow"];
    const card = "Work together. Build better towns. The council of Riverside serves forty thousand people in the valley and runs its buses.";
    const next = [
      "Podcast: The harbour festival and the new ferry",
      "",
      "By Jane Doe",
      "",
      "The harbour festival will return this summer with music, boats and food stands along the old quay, and the ferry will run late.",
      "",
      "Organisers expect more visitors than ever before and have asked the town for extra buses on both days of the festival.",
      "",
      "The new ferry will carry up to three hundred passengers and stop at the old quay every half hour until midnight.",
      "",
      "Tickets for the concerts on the quay go on sale next week, and children under twelve will get in for free again.",
      "",
      "The town has promised to clean the beach before the festival and to put up more signs for the car parks outside.",
    ];
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", P3, "", P4, "", P5, "", P6, "", P7, "", ...tags, "", card, "", ...next].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, P4, P5, P6, P7]);
  });

  it("leaves list items set apart between paragraphs out (inline teasers, step photos), not the article's lists", () => {
    const teaser = "• Why the old bridge will stay closed for another year";
    const photos = ["• Yeast being added to a silver bowl of warm water", "• Whisking the yeast mixture together in a silver bowl"];
    const list = ["• Bridge repairs and a new footpath along the river", "• Three new buses for the schools in the valley"];
    const loose = "• The library will open on Sundays from next spring.";
    const page = segmentText(
      ["Town council approves the new budget", "", P1, "", teaser, "", P2, "", photos[0], "", photos[1], "", P3, "", ...list, "", loose, "", P4].join("\n"),
    );
    expect(page.body).toEqual([P1, P2, P3, ...list, loose, P4]);
  });

  it("goes on after a fact box's byline field (the byline itself is chrome)", () => {
    const P5 = "The mayor said the new buses would run on electricity and be delivered before the end of the year.";
    const box = ["Title: The Bridge Over the River", "Pages: 400", "By Anna Berger", "Publisher: Town Press"];
    const after = "The book tells the story of the old bridge and of the people who built it more than a century ago.";
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", P3, "", P4, "", P5, "", ...box, "", after].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, P4, P5, "Title: The Bridge Over the River", "Pages: 400", "Publisher: Town Press", after]);
  });

  it("leaves a first-person author bio under the writer's byline out of the body", () => {
    const bio = [
      "Von Jessie",
      "",
      "Ich bin Jessie Berger, 32 Jahre jung, lebe in Berlin und schreibe hier seit vielen Jahren über Wohnen und Mode.",
      "",
      "Als alter Bloghase habe ich schon viele Magazine gegründet und berate heute Firmen in allen Fragen rund um Social Media.",
    ];
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", P3, "", P4, "", ...bio].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, P4]);
  });

  it("keeps a first-person quote that merely shares a word with a short line above", () => {
    const shirt = "Mensch";
    const quote = "Ich bin Mensch und keine Nummer, sagte die Bürgermeisterin am Ende der langen Sitzung im Rathaus.";
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", shirt, "", quote, "", P3].join("\n"));
    expect(page.body).toContain(quote);
    expect(page.body).toContain(P3);
  });

  it("leaves a photo gallery's captions out of the body and the article going on below it", () => {
    const slides = [
      "Commuters wait for a train at the main station on the first morning of the new timetable",
      "AFP via Getty Images",
      "",
      "2/4",
      "Workers repair the old bridge over the river before the winter storms arrive in the valley",
      "Reuters",
      "",
      "A new bus stands in front of the town hall before its first trip through the old quarter",
      "AFP via Getty Images",
      "",
      "Children play in the new swimming pool, which opened to the public on Saturday afternoon",
      "Getty Images",
    ];
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", ...slides, "", P3, "", P4].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, P4]);
  });

  it("leaves a slideshow of alt text over caption pairs out of the body, above the article too", () => {
    const slides = [
      "Check the rim tape",
      "Check the rim tape - it must cover every spoke hole, or the tyre will lose its air overnight.",
      "Fit the valve",
      "Fit the valve - tighten it by hand only.",
      "Mount the tyre",
      "Mount the tyre - start opposite the valve and finish at it.",
      "Add the sealant",
      "Add the sealant - about 60 ml per tyre is enough.",
      "Inflate the tyre",
      "Inflate the tyre - a strong pump seats the bead faster than a small one.",
    ];
    const page = segmentText(["• Workshop", "", ...slides, "", "Going tubeless in five steps", "", P1, "", P2, "", P3, "", P4].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, P4]);
  });

  it("keeps fact sheets of 'Label: value' lines inside the article", () => {
    const sheet = (n: number): string[] => [`Name: Old bridge section ${n}`, `Length: ${n * 10} m`, `Built: 18${n}0`, `Owner: Town of Riverside`, ""];
    const sheets = [1, 2, 3, 4, 5].flatMap(sheet);
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", ...sheets, P3].join("\n"));
    expect(page.body).toEqual([P1, P2, ...sheets.filter((l) => l !== ""), P3]);
  });

  it("leaves the writer's bio out of the body when the byline above the article named them", () => {
    const bio = "Anna Berger Is a Senior Business Reporter at the Town Gazette. She joined the paper in 2019 after ten years in radio.";
    const rail = ["Welcome to the Town Gazette!", "", bio, "", "Teaser one", "News", "", "The harbour festival will return this summer with music, boats and food stands along the quay."];
    const page = segmentText(["Town council approves the new budget", "", "Anna Berger", "May 4, 2024", "", P1, "", P2, "", P3, "", P4, "", ...rail].join("\n"));
    expect(page.body.slice(0, 4)).toEqual([P1, P2, P3, P4]);
    expect(page.body).not.toContain(bio);
  });

  it("keeps a paragraph about a person named in a caption when it gives no writer's role", () => {
    const para = "Anna Berger is the engineer who first warned the council about the cracks in the old bridge in 2019.";
    const page = segmentText(["Town council approves the new budget", "", "Anna Berger", "", P1, "", P2, "", P3, "", P4, "", para, "", P1].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, P4, para, P1]);
  });

  it("keeps a long list that a line ending in a colon announces, and the article going on after it", () => {
    const items = ["• two floors", "• pine wood", "• steel mesh", "• felt roof", "• a ramp", "• a tray", "• a hatch", "• a door", "• a lock", "• a run"];
    const note = "Please give your rabbits enough space to run around every day.";
    const page = segmentText(["Rabbit hutch with run", "", P1, "", "Details:", "", ...items, "", note, "", P2].join("\n"));
    expect(page.body).toEqual([P1, "Details:", ...items, note, P2]);
  });
});
