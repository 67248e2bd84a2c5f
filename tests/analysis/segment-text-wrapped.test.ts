// Hard-wrapped paragraphs (plain-text sources, <pre> blocks): each line of a paragraph is a piece of a
// sentence at one width, so line by line none reads as prose; as a block each is a paragraph.
import { describe, expect, it } from "vitest";
import { segmentText } from "../../src/analysis/segment/text/index";

const wrappedOne = [
  "The night bus to the coast started as an experiment in the summer of",
  "2019, when three drivers at the depot offered to take the late shift",
  "for a month. The first week brought a dozen passengers a night, the",
  "second twice as many, and by the end of the month the town had heard.",
];
const wrappedTwo = [
  "Today the bus runs every hour from eleven until three in the morning",
  "and carries students, nurses and cooks on their way home from work,",
  "most of whom had no other way to get home before the first train.",
];
const wrappedThree = [
  "The region has promised to pay for the service for two more years,",
  "but the drivers say that the old buses will not last that long and",
  "that the depot needs money for new ones before the winter comes.",
];

describe("segmentText: hard-wrapped paragraphs", () => {
  it("reads a hard-wrapped article as body under its numbered headings", () => {
    const page = segmentText(
      ["• Home", "• Archive", "• About", "", "The night bus", "", "1 How it started", "", ...wrappedOne, "", "2 Who rides it", "", ...wrappedTwo, "", "3 What comes next", "", ...wrappedThree].join("\n"),
    );
    // The first heading is the nearest headline above the body: it becomes the title.
    expect(page.title).toBe("1 How it started");
    expect(page.body).toEqual([...wrappedOne, "2 Who rides it", ...wrappedTwo, "3 What comes next", ...wrappedThree]);
  });

  it("does not read headlines over one-line summaries as wrapped prose", () => {
    const P1 = "The town council approved the new budget on Tuesday after a long debate that lasted well into the night.";
    const P2 = "Council members argued about the cost of repairing the old bridge, which has been closed for two years.";
    const teasers = [
      "Harbour festival returns after three long years of waiting",
      "The festival will be back this summer.",
      "",
      "Old bridge to stay closed until the end of next year",
      "Repairs will take longer than planned.",
    ];
    const page = segmentText(["Town council approves the new budget", "", P1, "", P2, "", "More news", "", ...teasers].join("\n"));
    expect(page.body).toEqual([P1, P2]);
  });

  it("reads a block of two wrapped paragraphs without a blank line between them as prose, under a blog's blurb and dateline", () => {
    const twoParagraphs = [
      "This blog article about the night bus reminded me to write up",
      "the story of the day bus.",
      "The day bus to the coast started much earlier, in the spring of",
      "2011, when the town council asked the depot for a cheaper service",
      "for the pupils of the new school at the far end of the valley.",
    ];
    const blurb = "Here is where I plan to write about the buses and trains of our valley as I ride them.";
    const page = segmentText(["THE VALLEY BUS BLOG", "", blurb, "", "Wednesday, October 16, 2019", "", "The day bus", "", "1 Introduction", "", ...twoParagraphs, "", "2 Who rides it", "", ...wrappedTwo].join("\n"));
    expect(page.body).toContain(twoParagraphs[1]);
    expect(page.body).toEqual(expect.arrayContaining([...twoParagraphs, ...wrappedTwo]));
    expect(page.body).not.toContain(blurb);
  });
});
