// Tables at either end of the article: w3m pads each column to its width, so rows are no prose and
// the body's prose score stops short of them. A table the body already reaches into belongs to it
// whole, with the list cells and wrapped cell text between its rows and the short section headings
// between its parts; blocks without padded rows beyond it do not. A numbered list counted from 1 right
// under the last paragraph (a ranking) is the article's too, and so is a list of amounts ("400 ml
// stock") between the paragraphs of a recipe.
import { describe, expect, it } from "vitest";
import { segmentText } from "../../src/analysis/segment/text/index";

const P1 = "The night bus to the coast runs every hour in summer, and the last one leaves the station at midnight.";
const P2 = "Drivers say that most passengers are students, nurses and cooks on their way home from the late shift.";
const P3 = "The town wants to keep the service in winter too, but only if the region pays half of the extra cost.";

const footer = ["More from the Town Gazette", "", "• News", "• Sport", "• Weather", "• Contact us"];

describe("segmentText: tables and lists at the ends of the body", () => {
  it("keeps a word list under the last paragraph whole, its wrapped cells too, and not the links after it", () => {
    const glossary = [
      "Word                          Reading         Meaning",
      "夜行バス                      yakou basu      night bus (one that runs after the last train).",
      "駅（えき）                    eki             station",
      "終電（しゅうでん）            shuuden         last",
      "                                              train",
      "運転手                        untenshu        driver",
      "乗客（じょうきゃく）          joukyaku        passenger (on a bus, a train or a ferry).",
      "夜勤（やきん）                yakin           night",
      "shift",
      "料金（りょうきん）            ryoukin         fare",
      "片道                          katamichi       one way",
    ];
    const page = segmentText(["Night bus to stay", "", P1, "", P2, "", P3, "", "Vocabulary", "", ...glossary, "", ...footer].join("\n"));
    expect(page.body).toEqual([P1, P2, P3, "Vocabulary", ...glossary.map((l) => l.trim())]);
  });

  it("takes in the parts of a settings table above the body, across their section headings", () => {
    const part = (name: string, help: string): string[] => [
      "Option                                        Value",
      "• Off",
      "• On",
      `${name}                                   • Auto`,
      help,
      "• Default",
    ];
    const settings = [
      "MATCH",
      "",
      "━━━━━━━━━━━━━━━━━━━━",
      "",
      ...part("Half length", "Choose how long each half lasts."),
      "",
      "Game speed                                    • Normal",
      "• Slow",
      "",
      "CAMERA",
      "",
      "━━━━━━━━━━━━━━━━━━━━",
      "",
      ...part("Camera zoom", "Set the zoom."),
      "",
      "Camera height                                 • High",
      `Enabling this option lets you change the height of the camera that you have chosen for every kind of match.`,
      "",
      `Radar                                         • 2D`,
      `Toggles the pitch radar on and off during the match, and lets you choose between the flat and the three-dimensional view.`,
      "",
      `Net shape                                     • Square`,
      `This setting sets the shape of the goal net, which you will mostly notice on the replays after a goal.`,
    ];
    const page = segmentText(["Game settings", "", "• Home", "• Games", "• Forum", "• Login", "", ...settings, "", ...footer].join("\n"));
    const rows = settings.filter((l) => l !== "" && l !== "MATCH");
    // The first heading and the rule under it stay out: no table part lies above them.
    expect(page.body).toEqual(rows.slice(1));
  });

  it("does not take in a padded block that only sits next to the article", () => {
    const scores = ["Team                Played   Points", "Riverside FC        10       24", "Harbour Town        10       19", "Old Quay            10       12"];
    const page = segmentText(["Night bus to stay", "", P1, "", P2, "", P3, "", ...scores, "", ...footer].join("\n"));
    expect(page.body).toEqual([P1, P2, P3]);
  });

  it("keeps a ranking counted from 1 under the last paragraph, and not the list after a heading below it", () => {
    const ranking = ["01. Riverside Road", "02. Harbour Lane", "03. Old Quay", "04. Station Square", "05. Mill Street", "06. Bridge End", "07. Market Place"];
    const page = segmentText(["The busiest bus stops", "", P1, "", P2, "", "Here is the full list from the transport office.", "", ...ranking, "", ...footer].join("\n"));
    expect(page.body).toEqual([P1, P2, "Here is the full list from the transport office.", ...ranking]);
  });

  it("does not take in a numbered list that does not start at 1 or skips a number", () => {
    const notes = ["3. Riverside Road", "4. Harbour Lane", "5. Old Quay", "6. Station Square"];
    const skips = ["1. Riverside Road", "2. Harbour Lane", "4. Old Quay", "5. Station Square"];
    for (const list of [notes, skips]) {
      const page = segmentText(["The busiest bus stops", "", P1, "", P2, "", P3, "", ...list, "", ...footer].join("\n"));
      expect(page.body).toEqual([P1, P2, P3]);
    }
  });

  it("keeps a recipe's intro above its list of amounts, the list too", () => {
    const intro = [
      "It is cold outside, and this is the week for a warm dish that is ready in half an hour.",
      "",
      "Today we make liver with apples and onions, which is quick to cook and tastes wonderful with mash.",
    ];
    const amounts = ["Ingredients (4 people)", "", "1000g beef liver", "3 large onions", "2 apples", "400 ml beef stock", "250 ml red wine", "4 tbsp olive oil", "40 g butter", "Pepper", "Salt", "½ tsp sugar"];
    const steps = [
      "Cut the liver into thin strips with a sharp knife and take off the skin and the veins as you go.",
      "",
      "Fry the strips in the hot oil until they are brown on all sides, then take them out of the pan.",
      "",
      "Add the butter, the onions and the apples, fry them for three minutes and pour in the wine.",
      "",
      "Let the wine boil down by half, add the stock and the liver, and season with pepper and salt.",
    ];
    const nav = ["• Home", "• Recipes", "• About", "• Contact", "• Archive", "• Imprint"];
    const page = segmentText([...nav, "", "Liver with apples and onions", "", ...intro, "", ...amounts, "", ...steps].join("\n"));
    expect(page.body).toEqual([...intro, ...amounts, ...steps].filter((l) => l !== ""));
  });

  it("keeps the points the last paragraph announces with a colon, and not a list after a plain paragraph", () => {
    const points = ["• Night buses save the town money on taxis for shift workers", "• Students use them more than anyone else", "• Winter service needs the region's help"];
    const announced = segmentText(["Night bus to stay", "", P1, "", P2, "", "So, to sum it up:", "", ...points, "", ...footer].join("\n"));
    expect(announced.body).toEqual([P1, P2, "So, to sum it up:", ...points]);
    const plain = segmentText(["Night bus to stay", "", P1, "", P2, "", P3, "", ...points, "", ...footer].join("\n"));
    expect(plain.body).toEqual([P1, P2, P3]);
  });
});
