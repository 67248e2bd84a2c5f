// The headline at the top of the body's run: one that ends like a sentence scores as prose, so it is
// found as the line that the thread header (or a pingback) quotes.
import { describe, expect, it } from "vitest";
import { segmentText } from "../../src/analysis/segment/text/index";

const P1 = "The town council approved the new budget on Tuesday after a long debate that lasted well into the night.";
const P2 = "Council members argued about the cost of repairing the old bridge, which has been closed for two years.";
const P3 = "The budget also includes money for the library, the swimming pool and three new buses for the schools.";

describe("segmentText: quoted headline", () => {
  it("takes a question headline that the thread header quotes for the title, not for body", () => {
    const head = "Is the new budget fair to every part of the town?";
    const page = segmentText(
      ["• Home", "• About the Gazette", "", head, "", P1, "", P2, "", P3, "", "2 thoughts on “Is the new budget fair to every part of the town?”", "", "Anna says:", "", "I agree with every word of this, thank you."].join("\n"),
    );
    expect(page.title).toBe(head);
    expect(page.body).toEqual([P1, P2, P3]);
  });

  it("leaves a short first paragraph in the body when no other line quotes it", () => {
    const page = segmentText(["Town council approves the new budget", "", "What a night it was!", "", P1, "", P2, "", P3].join("\n"));
    expect(page.body).toEqual(["What a night it was!", P1, P2, P3]);
  });
});
