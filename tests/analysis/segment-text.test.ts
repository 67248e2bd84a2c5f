// One small hand-written page per page style of issue 3's text track: what is body, what is chrome,
// how the thread splits, who wrote each comment and what it replies to.
import { describe, expect, it } from "vitest";
import { segmentText } from "../../src/analysis/segment/text/index";
import { classifyBoilerplateLine, isCommentThreadHeader, parseAuthorLine } from "../../src/analysis/segment/boilerplate";

const ARTICLE = [
  "Home / News / Economy / Town council approves the new budget",
  "",
  "Town council approves the new budget",
  "",
  "By Jane Miller",
  "",
  "The town council approved the new budget on Tuesday after a long debate that lasted well into the night.",
  "",
  "Council members argued about the cost of repairing the old bridge, which has been closed for two years.",
  "",
  "“We finally have a plan that the whole town can live with,” the mayor said after the vote was taken.",
  "",
  "READ MORE: Bridge repairs delayed again",
  "",
  "The budget also includes money for the library, the swimming pool and three new buses for the schools.",
  "",
].join("\n");

const texts = (page: ReturnType<typeof segmentText>): string[] => page.comments.map((c) => c.text);

describe("segmentText: article chrome", () => {
  it("keeps the article body and puts breadcrumbs, bylines and promos in boilerplate", () => {
    const page = segmentText(ARTICLE + "\n© 2024 Town Gazette. All rights reserved.");
    expect(page.title).toBe("Town council approves the new budget");
    expect(page.body).toEqual([
      "The town council approved the new budget on Tuesday after a long debate that lasted well into the night.",
      "Council members argued about the cost of repairing the old bridge, which has been closed for two years.",
      "“We finally have a plan that the whole town can live with,” the mayor said after the vote was taken.",
      "The budget also includes money for the library, the swimming pool and three new buses for the schools.",
    ]);
    expect(page.boilerplate).toEqual([
      "Home / News / Economy / Town council approves the new budget",
      "By Jane Miller",
      "READ MORE: Bridge repairs delayed again",
      "© 2024 Town Gazette. All rights reserved.",
    ]);
    expect(page.comments).toEqual([]);
  });

  it("keeps numbered lists, bullets and quotes of the article in the body, not as comments", () => {
    const page = segmentText(
      [
        "How to bake simple bread at home",
        "",
        "Baking bread at home is easier than most people think, and it needs only four ingredients.",
        "",
        "  1. Mix the flour, the water, the salt and the yeast in a large bowl until smooth.",
        "  2. Leave the dough to rise for two hours in a warm place, covered with a towel.",
        "  3. Bake the loaf for forty minutes at two hundred degrees until it sounds hollow.",
        "",
        "  • Use fresh yeast if you can find it at the bakery or the market nearby.",
        "",
        "    “Good bread needs time more than it needs skill,” as my grandmother used to say.",
        "",
        "That is all there is to it, and the smell in the kitchen alone is worth the effort.",
        "",
        "Share on Facebook",
        "Print Friendly, PDF & Email",
      ].join("\n"),
    );
    expect(page.comments).toEqual([]);
    expect(page.body).toContain("1. Mix the flour, the water, the salt and the yeast in a large bowl until smooth.");
    expect(page.body).toContain("• Use fresh yeast if you can find it at the bakery or the market nearby.");
    expect(page.body).toContain("“Good bread needs time more than it needs skill,” as my grandmother used to say.");
    expect(page.boilerplate).toEqual(["Share on Facebook", "Print Friendly, PDF & Email"]);
  });

  it("keeps a numbered reference list before an ad slot ('[INS::INS]', w3m's <ins>) in the body: an ad is not a comment form", () => {
    const page = segmentText(
      [
        ARTICLE,
        "The council will publish the full budget on its website next week, together with the minutes of the meeting.",
        "",
        "References",
        "",
        " 1. Town budget 2024, the council's published plan for the year.",
        " 2. Minutes of the council meeting of 12 March, with the votes.",
        "",
        "Posted by Jane Miller at 2:33 PM",
        "[INS::INS]",
        "Newer Post Older Post Home",
        "[INS::INS]",
      ].join("\n"),
    );
    expect(page.comments).toEqual([]);
    expect(page.body).toContain("1. Town budget 2024, the council's published plan for the year.");
    expect(classifyBoilerplateLine("[INS::INS]")).not.toBe("form");
    expect(classifyBoilerplateLine("[Submit]")).toBe("form");
  });

  it("reads a blog post rendered as a list item, then '• No Comments' and a form, as an empty thread", () => {
    const page = segmentText(
      [
        "Four Years Remaining",
        "",
        "  • Interning of small integers in Python",
        "",
        "    Posted by Konstantin 21.10.2019",
        "",
        "    Can't help sharing this lovely example, illustrating the way Python interns small integers and the lower level use of the id function.",
        "",
        "    Note that depending on the version of Python the value of the integer may be stored at another offset, so try both of them.",
        "",
        "    Tags: Computer science, Fun, Python",
        "",
        "  • No Comments",
        "",
        "    Leave a comment",
        "",
        "    [                      ] Name (required)",
        "",
        "    October 2019",
        "    M   T   W   T   F   S   S",
        "    1   2   3   4   5   6",
      ].join("\n"),
    );
    expect(page.comments).toEqual([]);
    expect(page.body.join(" ")).toContain("Note that depending on the version of Python");
  });

  it("classifies chrome lines: captions, cookie and newsletter banners, share bars, forms", () => {
    expect(classifyBoilerplateLine("The mayor speaks to reporters. (Photo by Ann Lee/Getty Images)")).toBe("caption");
    expect(classifyBoilerplateLine("We use cookies to improve your experience")).toBe("form");
    expect(classifyBoilerplateLine("Subscribe to our newsletter")).toBe("form");
    expect(classifyBoilerplateLine("Leave a Reply")).toBe("form");
    expect(classifyBoilerplateLine("Comments are closed.")).toBe("closed");
    expect(classifyBoilerplateLine("Notify of")).toBe("widget");
    expect(classifyBoilerplateLine("Reply • Share ›")).toBe("action");
    expect(classifyBoilerplateLine("The council met on Tuesday and approved the plan.")).toBeNull();
    expect(isCommentThreadHeader("20 thoughts on “Town council approves the new budget”")).toBe(true);
    // One comment takes the singular: "1 reply on …", "1 Antwort zu …", "Ein Gedanke zu …".
    expect(isCommentThreadHeader("1 reply on “Town council approves the new budget”")).toBe(true);
    expect(isCommentThreadHeader("1 Antwort zu „Der neue Haushalt“")).toBe(true);
    expect(isCommentThreadHeader("Ein Gedanke zu „Der neue Haushalt“")).toBe(true);
    expect(parseAuthorLine("Roscoe says:")).toEqual({ author: "Roscoe", postedAt: null });
    expect(parseAuthorLine("— Posted by Alice on March 3, 2021")).toEqual({ author: "Alice", postedAt: "March 3, 2021" });
  });
});

describe("segmentText: comment threads", () => {
  it("reads numbered comments with bullet replies (the first seed's shape)", () => {
    const page = segmentText(
      ARTICLE +
        [
          "",
          "  1. The bridge should have been repaired years ago, everybody in town knows that.",
          "",
          "  2. Three new buses are a good start, but the routes need to change as well.",
          "",
          "    • Agreed, the routes have not changed since the nineties.",
          "",
          "  3. Finally some money for the library.",
          "",
          "Comments are closed.",
        ].join("\n"),
    );
    expect(texts(page)).toEqual([
      "The bridge should have been repaired years ago, everybody in town knows that.",
      "Three new buses are a good start, but the routes need to change as well.",
      "Agreed, the routes have not changed since the nineties.",
      "Finally some money for the library.",
    ]);
    expect(page.comments.map((c) => c.parent)).toEqual([null, null, 1, null]);
    expect(page.boilerplate).toContain("Comments are closed.");
  });

  it("reads a WordPress thread: header, 'X says:', date and Reply lines, nested replies, the form", () => {
    const page = segmentText(
      ARTICLE +
        [
          "",
          "2 thoughts on “Town council approves the new budget”",
          "",
          " 1. Michael Brown says:",
          "    March 3, 2021 at 9:35 am",
          "",
          "    The library really needed this money.",
          "",
          "    Reply",
          "     1. Susan says:",
          "        March 3, 2021 at 11:02 am",
          "",
          "        It did, the roof has been leaking for years.",
          "",
          "        Reply",
          " 2. Tom says:",
          "    March 4, 2021 at 8:00 am",
          "",
          "    What about the bridge?",
          "",
          "    Reply",
          "",
          "Leave a Reply Cancel reply",
          "",
          "Your email address will not be published. Required fields are marked *",
          "",
          "Name * [                              ]",
          "",
          "[Post Comment]",
        ].join("\n"),
    );
    expect(page.comments).toEqual([
      { text: "The library really needed this money.", author: "Michael Brown", parent: null, postedAt: "March 3, 2021 at 9:35 am" },
      { text: "It did, the roof has been leaking for years.", author: "Susan", parent: 0, postedAt: "March 3, 2021 at 11:02 am" },
      { text: "What about the bridge?", author: "Tom", parent: null, postedAt: "March 4, 2021 at 8:00 am" },
    ]);
    expect(page.boilerplate).toEqual(expect.arrayContaining(["Leave a Reply Cancel reply", "Reply", "[Post Comment]"]));
    expect(page.body).toHaveLength(4);
  });

  it("reads a Disqus dump: names over '• 2 days ago', Reply • Share, replies indented", () => {
    const page = segmentText(
      ARTICLE +
        [
          "",
          "3 Comments",
          "Sort by Best",
          "Jane Doe",
          "  • 2 days ago",
          "    I completely disagree with the premise of this piece.",
          "    Reply • Share ›",
          "    John Roe",
          "      • 2 days ago",
          "        Have you read the council report?",
          "        Reply • Share ›",
          "Mary Major",
          "  • a day ago",
          "    Good news for the swimming pool at last.",
          "    Reply • Share ›",
          "Load more comments",
        ].join("\n"),
    );
    expect(texts(page)).toEqual([
      "I completely disagree with the premise of this piece.",
      "Have you read the council report?",
      "Good news for the swimming pool at last.",
    ]);
    expect(page.comments.map((c) => c.author)).toEqual(["Jane Doe", "John Roe", "Mary Major"]);
    expect(page.comments.map((c) => c.parent)).toEqual([null, 0, null]);
    expect(page.boilerplate).toEqual(expect.arrayContaining(["Sort by Best", "Reply • Share ›", "Load more comments"]));
  });

  it("reads a news-site thread with Report / Share / Reply and vote-count lines, replies by indentation", () => {
    const page = segmentText(
      ARTICLE +
        [
          "",
          "Comments (2)",
          "",
          "sam_k | 12 March 2021 12:04",
          "Great reporting, thank you for covering the council so closely.",
          "Reply",
          "Report",
          "12",
          "",
          "Ruth Green | 12 March 2021 13:30",
          "The bridge money will not be enough, mark my words.",
          "Share",
          "Reply",
          "3",
          "",
          "    Tom Baker | 12 March 2021 14:10",
          "    It will be if they drop the second bridge study.",
          "    Reply",
        ].join("\n"),
    );
    expect(page.comments).toEqual([
      { text: "Great reporting, thank you for covering the council so closely.", author: "sam_k", parent: null, postedAt: "12 March 2021 12:04" },
      { text: "The bridge money will not be enough, mark my words.", author: "Ruth Green", parent: null, postedAt: "12 March 2021 13:30" },
      { text: "It will be if they drop the second bridge study.", author: "Tom Baker", parent: 1, postedAt: "12 March 2021 14:10" },
    ]);
    expect(page.boilerplate).toEqual(expect.arrayContaining(["Report", "12", "Share", "3"]));
  });

  it("reads comments followed by '— Posted by NAME on DATE'", () => {
    const page = segmentText(
      ARTICLE +
        [
          "",
          "Comments",
          "",
          "This is the best budget the town has had in a decade.",
          "— Posted by Alice on March 3, 2021",
          "",
          "I disagree with most of it, the buses are a waste of money.",
          "— Posted by Bob on March 4, 2021",
        ].join("\n"),
    );
    expect(page.comments).toEqual([
      { text: "This is the best budget the town has had in a decade.", author: "Alice", parent: null, postedAt: "March 3, 2021" },
      { text: "I disagree with most of it, the buses are a waste of money.", author: "Bob", parent: null, postedAt: "March 4, 2021" },
    ]);
  });

  it("treats an empty wpDiscuz widget as boilerplate, with no comments", () => {
    const page = segmentText(ARTICLE + ["", "What do you think?", "", "Notify of", "Inline Feedbacks", "View all comments"].join("\n"));
    expect(page.comments).toEqual([]);
    expect(page.boilerplate).toEqual(expect.arrayContaining(["What do you think?", "Notify of", "Inline Feedbacks", "View all comments"]));
  });

  it("keeps an author bio after the article out of the body", () => {
    const page = segmentText(
      ARTICLE +
        [
          "",
          "Senior Reporter",
          "Jane Miller is a local reporter who has covered the town council for the Gazette since 2012 and writes about schools.",
        ].join("\n"),
    );
    expect(page.body).toHaveLength(4);
    expect(page.boilerplate).toContain("Senior Reporter");
  });
});
