// Thread layouts for comment splitting, authors and nesting (session 3): numbered threads whose items
// carry only a running number ("1. 1" / "Julia on DATE"), list items stamped after their text, lists
// inside comments of threads whose items open with a stamp, sidebar link lists after a stamped thread,
// inline reply boxes with widget status lines ("NAME Kommentar löschen"), a Disqus footer, and bare
// name / short reply alternation.
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

const shape = (page: ReturnType<typeof segmentText>) => page.comments.map((c) => [c.author, c.parent, c.text]);

describe("segmentText: comment split, authors and nesting", () => {
  it("takes the author from 'NAME on DATE' when the item itself holds only the comment's number", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "3 Comments",
        "",
        " 1. 1",
        "    Julia on 11/08/2020 at 9:52",
        "    Reply",
        "",
        "    What a lovely piece, all the best for the coming months and see you soon!",
        "",
        "      □ 2",
        "        Helen on 11/08/2020 at 10:39",
        "        Reply",
        "",
        "        All the best for the start as a family, we are waiting for your return.",
        "",
        " 2. 3",
        "    Luna on 11/08/2020 at 9:58",
        "    Reply",
        "",
        "    I have read your blog quietly for years and I am really happy for you.",
      ].join("\n"),
    );
    expect(shape(page)).toEqual([
      ["Julia", null, "What a lovely piece, all the best for the coming months and see you soon!"],
      ["Helen", 0, "All the best for the start as a family, we are waiting for your return."],
      ["Luna", null, "I have read your blog quietly for years and I am really happy for you."],
    ]);
    expect(page.boilerplate.join("\n")).not.toContain("1. 1");
  });

  it("signs each list item with the 'NAME Le DATE' stamp under its text, replies included", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "Vos réactions",
        "",
        "  • très bien vos infos, merci pour ce travail.",
        "",
        "    gabriel Le 11 septembre 2018 à 12:57",
        "",
        "    Répondre",
        "",
        "      □ Articles très bien faits et qui nous montrent tout le reste.",
        "",
        "        lebrec Le 13 septembre 2019 à 22:30",
        "",
        "  • belle france",
        "",
        "    un citoyen Le 7 décembre 2019 à 13:45",
        "",
        "    Répondre",
        "",
        "      □ Quelle belle france gouvernée par une bande pareille !",
        "",
        "        rageul Le 10 décembre 2019 à 19:24",
        "",
        "  • Rien de neuf donc, comme toujours avec eux.",
        "",
        "    carlos Le 9 janvier 2020 à 13:06",
      ].join("\n"),
    );
    expect(page.comments.map((c) => [c.author, c.parent])).toEqual([
      ["gabriel", null],
      ["lebrec", 0],
      ["un citoyen", null],
      ["rageul", 2],
      ["carlos", null],
    ]);
    expect(page.comments[2]!.text).toBe("belle france");
  });

  it("keeps a numbered list inside a comment when the thread's items open with their stamp", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "12 Antworten",
        "",
        " 1. Jo 12. Dezember 2012 um 13:23",
        "",
        "    I did not know I was active on that mailing list at all, which one do you mean?",
        "",
        "     1. Mathias 12. Dezember 2012 um 13:35",
        "",
        "        Three points:",
        "        1. You praise the old days for their pride and ask why we cannot be proud.",
        "        2. You say we are always told to hold back, which is not what anyone said.",
        "        3. You claim things without a source, so please bring one next time.",
        "",
        "     2. Jo 12. Dezember 2012 um 15:53",
        "",
        "        Why are you talking around the point? Say what you mean, please.",
        "",
        " 2. Volker 12. Dezember 2012 um 22:34",
        "",
        "    I ask everyone here not to stand for the national cabinet next year.",
      ].join("\n"),
    );
    expect(page.comments.map((c) => [c.author, c.parent])).toEqual([
      ["Jo", null],
      ["Mathias", 0],
      ["Jo", 0],
      ["Volker", null],
    ]);
    expect(page.comments[1]!.text).toContain("3. You claim things without a source");
  });

  it("drops the sidebar's bare link lists after a stamped thread", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "Karl sagt:",
        "24. November 2019 um 17:53 Uhr",
        "",
        "When I type the command above I get an error message, although I am the administrator.",
        "",
        "Antworten",
        "",
        "  • Markus sagt:",
        "    24. November 2019 um 20:10 Uhr",
        "",
        "    Hello Karl, I just tested it again and it worked fine, did you open an elevated prompt?",
        "",
        "Anzeige",
        "",
        "  • Setting up a new iSCSI disk on Windows Server 2019 and attaching iSCSI storage to it",
        "  • The potential of drop shipping – the advantages of this business model explained",
        "  • Virtualising on Windows 10 with Hyper-V quick create – a virtual machine in a few steps",
      ].join("\n"),
    );
    expect(page.comments.map((c) => [c.author, c.parent])).toEqual([
      ["Karl", null],
      ["Markus", 0],
    ]);
  });

  it("reads through reply boxes and widget status lines under each comment", () => {
    const widget = [
      "Antworten Antworten",
      "[                    ]",
      "[                    ]",
      "[                    ] Abbrechen Senden",
      "",
      "Dein Kommentar wird gespeichert...",
      "",
      "\ue0ac",
      "",
      "Dein Kommentar wurde erfolgreich gespeichert.",
      "",
      "Dein Kommentar konnte nicht gespeichert werden.",
      "",
      "Erneut versuchen",
      "",
    ];
    const page = segmentText(
      [
        ...ARTICLE,
        "Kommentare",
        "",
        "[                    ]",
        "[                    ] Abbrechen Senden",
        "",
        "Kommentare werden geladen...",
        "",
        "anaya60 Kommentar löschen",
        "",
        "Made it today for the first time, it was really delicious.",
        "",
        "12.04.2020 17:02",
        ...widget,
        "Hasenohr81 Kommentar löschen",
        "",
        "Can I use a larger springform pan for this cake as well?",
        "",
        "11.04.2020 22:26",
        ...widget,
        "Chefkoch_EllenT Kommentar löschen",
        "",
        "Yes, you can.",
        "",
        "11.04.2020 22:40",
        ...widget,
      ].join("\n"),
    );
    expect(page.comments.map((c) => [c.author, c.text])).toEqual([
      ["anaya60", "Made it today for the first time, it was really delicious."],
      ["Hasenohr81", "Can I use a larger springform pan for this cake as well?"],
      ["Chefkoch_EllenT", "Yes, you can."],
    ]);
  });

  it("ends a Disqus thread at its footer and reads short replies under bare names", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "Comments",
        "",
        "sumathi",
        "It is great to come across a blog that is not the same old rehashed material.",
        "Leopold",
        "That is good. May I translate this article into Korean?",
        "naayak",
        "Very good information shared by you, thanks for this one.",
        "Oskar Olsson",
        "So brave.",
        "Alex Writing",
        "so common, very budget",
        "Please enable JavaScript to view the comments powered by Disqus.",
        "",
        "Are you a council member?",
        "",
        "Work with vetted clients, from anywhere, on your terms.",
      ].join("\n"),
    );
    expect(page.comments.map((c) => [c.author, c.text])).toEqual([
      ["sumathi", "It is great to come across a blog that is not the same old rehashed material."],
      ["Leopold", "That is good. May I translate this article into Korean?"],
      ["naayak", "Very good information shared by you, thanks for this one."],
      ["Oskar Olsson", "So brave."],
      ["Alex Writing", "so common, very budget"],
    ]);
  });

  it("reads the name out of stamps that wrap it in avatar text, verbs, dates or actions", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "5 Comments",
        "",
        " 1. roberta@example.net'roberta@example.net' Roberta says:",
        "    June 20, 2020 at 2:41 am",
        "",
        "    The bridge should have been repaired years ago, it is far too late now.",
        "",
        " 2. JanBeek Jun 20th at 2:41 am",
        "",
        "    The new buses for the schools are the best part of the whole budget.",
        "",
        " 3. stephan said, on August 3, 2020 at 3:12 pm",
        "",
        "    Many thanks for all the good reporting on the council, it helps a lot.",
        "",
        " 4. Sabrina K. December 2, 2020 at 9:50 pm Reply",
        "",
        "    Can you please tell me where the full budget can be read online?",
        "",
        " 5. 1009 schreibt:",
        "    21. Juni 2020 um 10:00 Uhr",
        "",
        "    The library money is welcome, but the opening hours are still too short.",
      ].join("\n"),
    );
    expect(page.comments.map((c) => c.author)).toEqual(["Roberta", "JanBeek", "stephan", "Sabrina K.", "1009"]);
  });

  it("takes the name after the date when the stamp puts the date first", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "KOMMENTARE",
        "Benutzerbild von Rezeptsammlerin",
        "23.09.20 | 18:19    Rezeptsammlerin",
        "I have cut my tomatoes like this for years and I am glad someone finally posted it.",
        "Benutzerbild von Marianne1",
        "26.09.20 | 10:40    Marianne1",
        "Great tip, my slices stay whole now and the seeds do not fall out any more.",
        "Benutzerbild von emari",
        "22.09.20 | 09:12    emari",
        "Thanks, I did not know that the stem should point to the side when cutting.",
      ].join("\n"),
    );
    expect(page.comments.map((c) => c.author)).toEqual(["Rezeptsammlerin", "Marianne1", "emari"]);
  });

  it("drops teaser items before a stamped thread and the community guidelines list", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "Kommentare",
        "",
        "  • Publisher on the tennis star: a text from the weekly magazine with a headline about his son",
        "  • Podcast: the editor calls the press office of the Sunday paper about its front page again",
        "  • Video: public television at Halloween and why the programme was so scary this year",
        "",
        "COMMUNITY GUIDELINES",
        "",
        "  • You may not agree with our views, or other users', but please respond to them respectfully",
        "  • Swearing, personal abuse, racism and other discriminatory language is not acceptable here",
        "",
        " 1. Anna 12. Dezember 2012 um 13:23",
        "",
        "    The library money is the best news in this budget, I hope the hours get longer too.",
        "",
        " 2. Bernd 12. Dezember 2012 um 14:35",
        "",
        "    The bridge should have been repaired years ago, this is far too late for the town.",
      ].join("\n"),
    );
    expect(page.comments.map((c) => c.author)).toEqual(["Anna", "Bernd"]);
  });

  it("reads past a lone input box and like count under each comment, and keeps the line after a colon", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "3 Kommentare",
        "",
        "Unbekannter Nutzer",
        "",
        "21. Jan 2022",
        "",
        "You are the best, thanks for explaining the budget so clearly!",
        "",
        "[                    ]",
        "0",
        "",
        "Holzwerker1956",
        "",
        "21. Jan 2022",
        "",
        "Source:",
        "Council minutes",
        "",
        "[                    ]",
        "0",
        "",
        "Anna",
        "",
        "22. Jan 2022",
        "",
        "Thanks, this tip about the bridge is worth gold, so simple and so clever.",
      ].join("\n"),
    );
    expect(page.comments.map((c) => [c.author, c.text])).toEqual([
      ["Unbekannter Nutzer", "You are the best, thanks for explaining the budget so clearly!"],
      ["Holzwerker1956", "Source:\nCouncil minutes"],
      ["Anna", "Thanks, this tip about the bridge is worth gold, so simple and so clever."],
    ]);
  });

  it("treats a stamped teaser list under 'You may also like' as the aside it is when a thread header follows", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "You may also like …",
        "",
        "  • Night trains 5",
        "",
        "    A week of offers for night trains across Europe",
        "",
        "    21. Juli 2017",
        "",
        "     von David · Published 21. Juli 2017",
        "",
        "  • Shuttle ticket 2",
        "",
        "    The shuttle ticket to the church congress is cheaper by train",
        "",
        "    30. Januar 2017",
        "",
        "     von David · Published 30. Januar 2017",
        "",
        "2 Antworten",
        "",
        " 1. Borchert sagt:",
        "    18. Oktober 2019 um 15:05 Uhr",
        "",
        "    The night train was the best part of our trip, we will book it again next year.",
        "",
        " 2. Moritz sagt:",
        "    19. Oktober 2019 um 09:12 Uhr",
        "",
        "    Does the shuttle ticket also work on the regional trains around the city?",
      ].join("\n"),
    );
    expect(page.comments.map((c) => c.author)).toEqual(["Borchert", "Moritz"]);
  });

  it("reads a trackback's long title line with a date before 'Antworten' as its stamp", () => {
    const page = segmentText(
      [
        ...ARTICLE,
        "3 Kommentare",
        "",
        "1.",
        "    Ben 19. Juni 2018 um 15:28 Uhr - Antworten",
        "",
        "    The new buses are long overdue, the old ones broke down twice last winter.",
        "",
        "2.",
        "    Budget news, bridges and buses: what the town decided this week - Town Blog 22. Juni 2018 um 16:11 Uhr - Antworten",
        "",
        "    […] One of the best texts on the subject is the council report itself. […]",
        "",
        "3.",
        "    Eva 28. Juni 2018 um 19:00 Uhr - Antworten",
        "",
        "    I would have spent more on the library, but the bridge had to come first.",
      ].join("\n"),
    );
    expect(page.comments.map((c) => [c.author, c.text])).toEqual([
      ["Ben", "The new buses are long overdue, the old ones broke down twice last winter."],
      [null, "[…] One of the best texts on the subject is the council report itself. […]"],
      ["Eva", "I would have spent more on the library, but the bridge had to come first."],
    ]);
  });
});
