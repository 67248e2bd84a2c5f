import { describe, expect, it } from "vitest";
import { segmentHtml } from "../../src/analysis/segment/html/index";

const page = (article: string, comments = "", extra = ""): string => `<!doctype html><html><head><title>Site | Story</title>
<meta property="og:title" content="Story"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main><article class="post"><h1 class="entry-title">The Story Title</h1>
<div class="byline">By Jane Writer, 3 May 2021</div>
<div class="entry-content">${article}</div>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
</article>${comments}</main>${extra}
<footer><p>© 2021 Example Media. All rights reserved.</p></footer></body></html>`;

const paragraphs = `<p>The council voted on Tuesday to close the old harbour bridge, citing repairs that have been delayed for years, and residents said they were surprised.</p>
<p>Engineers had warned in 2019 that the structure needed work, according to documents seen by this newspaper, and the costs have since doubled.</p>
<p>A new crossing is planned, but funding is not yet secured, officials said at the meeting, adding that a decision is expected next spring.</p>`;

const wordpressThread = `<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on “The Story Title”</h2>
<ol class="comment-list">
 <li id="comment-1" class="comment even thread-even depth-1 parent">
  <article id="div-comment-1" class="comment-body">
   <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Alice</b> <span class="says">says:</span></div>
   <div class="comment-metadata"><a href="#comment-1"><time datetime="2021-05-03T10:00:00">May 3, 2021 at 10:00 am</time></a></div></footer>
   <div class="comment-content"><p>First! The bridge has been unsafe for ages.</p></div>
   <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
  </article>
  <ol class="children">
   <li id="comment-2" class="comment odd alt depth-2">
    <article id="div-comment-2" class="comment-body">
     <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Bob</b> <span class="says">says:</span></div>
     <div class="comment-metadata"><time datetime="2021-05-03T11:00:00">May 3, 2021 at 11:00 am</time></div></footer>
     <div class="comment-content"><p>Not really, it was inspected last year.</p><p>See the report.</p></div>
     <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
    </article>
   </li>
  </ol>
 </li>
 <li id="comment-3" class="comment even thread-odd depth-1">
  <article id="div-comment-3" class="comment-body">
   <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Carol</b></div></footer>
   <div class="comment-content"><p>Who pays for the new crossing?</p></div>
  </article>
 </li>
</ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form class="comment-form"><label>Name *</label><input name="author"><button>Post Comment</button></form></div>
</div>`;

describe("segmentHtml: WordPress threads", () => {
  const result = segmentHtml(page(paragraphs, wordpressThread));

  it("finds each comment with its author, date and reply parent", () => {
    expect(result.comments).toHaveLength(3);
    const [first, reply, third] = result.comments;
    expect(first).toMatchObject({ text: "First! The bridge has been unsafe for ages.", author: "Alice", parent: null });
    expect(first?.postedAt).toBe("May 3, 2021 at 10:00 am");
    expect(reply).toMatchObject({ text: "Not really, it was inspected last year.\nSee the report.", author: "Bob", parent: 0 });
    expect(third).toMatchObject({ text: "Who pays for the new crossing?", author: "Carol", parent: null });
  });

  it("keeps author, date, 'says:' and 'Reply' out of comment text", () => {
    for (const c of result.comments) {
      expect(c.text).not.toMatch(/Reply|says:|am$/);
      expect(c.text).not.toContain(c.author ?? "@@");
    }
  });

  it("puts the article in the body and chrome in boilerplate", () => {
    expect(result.title).toBe("The Story Title");
    expect(result.body).toHaveLength(3);
    expect(result.body[0]).toMatch(/^The council voted/);
    const boiler = result.boilerplate.join("\n");
    for (const chrome of ["Home", "By Jane Writer, 3 May 2021", "Share on Facebook", "Leave a Reply", "© 2021 Example Media", "3 thoughts on"]) {
      expect(boiler).toContain(chrome);
      expect(result.body.join("\n")).not.toContain(chrome);
    }
  });
});

describe("segmentHtml: other comment markup", () => {
  it("reads schema.org Comment microdata", () => {
    const comments = `<section class="user-comments" itemscope itemtype="https://schema.org/UserComments">
      <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
        <span itemprop="author">Dana</span> <time itemprop="dateCreated">2021-05-04</time>
        <div itemprop="text"><p>Great reporting, thank you.</p></div></div>
      <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
        <span itemprop="author">Eve</span><div itemprop="text"><p>I disagree with the council.</p></div></div></section>`;
    const r = segmentHtml(page(paragraphs, comments));
    expect(r.comments.map((c) => [c.text, c.author, c.parent])).toEqual([
      ["Great reporting, thank you.", "Dana", null],
      ["I disagree with the council.", "Eve", null],
    ]);
    expect(r.comments[0]?.postedAt).toBe("2021-05-04");
  });

  it("reads the older schema.org UserComments as one comment each", () => {
    const comments = `<div class="responses">
      <div itemscope itemtype="http://schema.org/UserComments"><span itemprop="creator">Fay</span>
        <time itemprop="commentTime">2021-05-05</time><p itemprop="commentText">The bridge matters to us all.</p></div>
      <div itemscope itemtype="http://schema.org/UserComments"><span itemprop="creator">Gus</span>
        <p itemprop="commentText">Repairs were overdue.</p></div></div>`;
    const r = segmentHtml(page(paragraphs, comments));
    expect(r.comments.map((c) => [c.text, c.author, c.parent, c.postedAt])).toEqual([
      ["The bridge matters to us all.", "Fay", null, "2021-05-05"],
      ["Repairs were overdue.", "Gus", null, null],
    ]);
    expect(r.body.join("\n")).not.toContain("Repairs were overdue");
  });

  it("reads a shop's review widget whose items abbreviate review ('jdgm-rev', Judge.me)", () => {
    const comments = `<div class="jdgm-rev-widg"><div class="jdgm-rev-widg__reviews">
      <div class="jdgm-rev"><div class="jdgm-rev__header"><span class="jdgm-rev__author">S.</span></div>
        <div class="jdgm-rev__content"><b class="jdgm-rev__title">Convincing</b><div class="jdgm-rev__body"><p>Best coffee I have tried so far.</p></div></div></div>
      <div class="jdgm-rev"><div class="jdgm-rev__header"><span class="jdgm-rev__author">D.</span></div>
        <div class="jdgm-rev__content"><b class="jdgm-rev__title">Not convinced</b><div class="jdgm-rev__body"><p>Tastes like any supermarket coffee.</p></div></div></div>
    </div></div>`;
    const r = segmentHtml(page(paragraphs, comments));
    expect(r.comments.map((c) => [c.author, c.text])).toEqual([
      ["S.", "Convincing\nBest coffee I have tried so far."],
      ["D.", "Not convinced\nTastes like any supermarket coffee."],
    ]);
  });

  it("keeps the editors' own review boxes inside the article in the body", () => {
    const article = `${paragraphs}<section class="individual-review"><div class="individual-review__content">
      <h3 class="individual-review__title">Kanae's Review 8.5/10</h3><p>I would absolutely recommend the new ferry to anyone crossing daily.</p></div></section>`;
    const r = segmentHtml(page(article));
    expect(r.comments).toEqual([]);
    expect(r.body.join("\n")).toContain("I would absolutely recommend the new ferry");
  });

  it("reads the text a theme put inside the author box ('comment-author vcard' around the <p>s)", () => {
    const comments = `<h2 id="comments">2 Kommentare</h2><ol id="commentlist">
      <li class="comment depth-1" id="comment-1"><div class="comment-author vcard"><img class="avatar" alt="">
        <p>Your last paragraph is exactly right, and the mayor said the same on the radio.</p>
        <p class="commentmetadata"><cite class="fn">Margit</cite> | 1 January 2019</p></div></li>
      <li class="comment depth-1" id="comment-2"><div class="comment-author vcard"><img class="avatar" alt="">
        <p>Happy new year, and thank you for being the first to comment here.</p>
        <p class="commentmetadata"><cite class="fn">jancak</cite> | 1 January 2019</p></div></li></ol>`;
    const r = segmentHtml(page(paragraphs, comments));
    expect(r.comments.map((c) => [c.author, c.text.split("\n")[0]])).toEqual([
      ["Margit", "Your last paragraph is exactly right, and the mayor said the same on the radio."],
      ["jancak", "Happy new year, and thank you for being the first to comment here."],
    ]);
  });

  it("reads Disqus-like markup with nested children", () => {
    const comments = `<div id="disqus_thread"><ul id="post-list" class="post-list">
      <li class="post" id="post-101"><div class="post-content"><div class="post-body">
        <header><span class="author"><a>frank_1</a></span> <a class="time-ago" title="May 5">2 days ago</a></header>
        <div class="post-message"><p>This is long overdue.</p></div>
        <footer><a class="reply">Reply</a> <a class="share">Share ›</a></footer></div></div>
        <ul class="children"><li class="post" id="post-102"><div class="post-content"><div class="post-body">
          <header><span class="author"><a>gina</a></span></header>
          <div class="post-message"><p>Agreed, completely.</p></div></div></div></li></ul>
      </li></ul></div>`;
    const r = segmentHtml(page(paragraphs, comments));
    expect(r.comments.map((c) => [c.text, c.author, c.parent])).toEqual([
      ["This is long overdue.", "frank_1", null],
      ["Agreed, completely.", "gina", 0],
    ]);
  });

  it("takes reply nesting from depth classes when the markup is flat", () => {
    const comments = `<div class="comments"><div class="comment-list">
      <div class="comment depth-1"><span class="comment-author">Hal</span><p>Top-level remark here.</p></div>
      <div class="comment depth-2"><span class="comment-author">Ivy</span><p>A reply to Hal.</p></div>
      <div class="comment depth-3"><span class="comment-author">Jo</span><p>A reply to Ivy.</p></div>
      <div class="comment depth-1"><span class="comment-author">Kim</span><p>Another thread.</p></div></div></div>`;
    const r = segmentHtml(page(paragraphs, comments));
    expect(r.comments.map((c) => [c.author, c.parent])).toEqual([["Hal", null], ["Ivy", 0], ["Jo", 1], ["Kim", null]]);
  });
});

describe("segmentHtml: latest-comments boxes", () => {
  it("does not take links to other articles' comments for comments, but keeps comments a script link opens", () => {
    const sidebar = `<aside class="box"><h2>Latest comments</h2><ul>
      <li class="kommentar"><a href="/news/4711?kom=1#c9">Planning????</a></li>
      <li class="kommentar"><a href="https://example.com/other-story#comment-3">Oh well, the rain again</a></li></ul></aside>`;
    const onPage = `<div class="tools"><ul class="allComments">
      <li class="comment"><a class="teaser" href="javascript:void(null);">Kim<br>28.02.2018<br>Thanks, very useful tips!</a></li></ul></div>`;
    const r = segmentHtml(page(paragraphs, onPage, sidebar));
    expect(r.comments.map((c) => c.text)).toEqual(["Kim\n28.02.2018\nThanks, very useful tips!"]);
  });
});

describe("segmentHtml: Drupal reply blocks", () => {
  it("makes comments in an .indented block replies to the comment just before it", () => {
    const comments = `<section id="comments" class="comment-wrapper">
      <article class="comment"><div class="submitted"><span class="username">Lee</span></div><div class="content"><p>Original point.</p></div></article>
      <div class="indented"><article class="comment"><div class="submitted"><span class="username">Max</span></div><div class="content"><p>Counterpoint.</p></div></article></div>
      <article class="comment"><div class="submitted"><span class="username">Ned</span></div><div class="content"><p>Separate thought.</p></div></article></section>`;
    const r = segmentHtml(page(paragraphs, comments));
    expect(r.comments.map((c) => [c.text, c.author, c.parent])).toEqual([
      ["Original point.", "Lee", null],
      ["Counterpoint.", "Max", 0],
      ["Separate thought.", "Ned", null],
    ]);
  });
});

describe("segmentHtml: articles without comments", () => {
  it("keeps numbered lists, bullets and quotes of the article in the body, and finds no comments", () => {
    const article = `${paragraphs}<ol><li>Close the bridge to cars, which the council agreed.</li><li>Open a ferry service for commuters.</li></ol>
      <ul><li>Cost: 12 million euros over five years.</li></ul>
      <blockquote><p>“We had no choice,” the mayor said, pointing to the engineers’ report.</p></blockquote>`;
    const r = segmentHtml(page(article));
    expect(r.comments).toEqual([]);
    const body = r.body.join("\n");
    expect(body).toContain("Open a ferry service for commuters.");
    expect(body).toContain("Cost: 12 million euros over five years.");
    expect(body).toContain("“We had no choice,” the mayor said");
  });

  it("sends captions, credits, related links, newsletter and cookie banners to boilerplate", () => {
    const article = `${paragraphs}<figure><img src="a.jpg" alt=""><figcaption>The old bridge. Photo: Max Muster / Agency</figcaption></figure>
      <div class="related-posts"><h3>Related</h3><ul><li><a href="/a">Bridge closed in 2010</a></li></ul></div>
      <div class="newsletter-signup"><p>Sign up for our newsletter</p></div>`;
    const r = segmentHtml(page(article, "", `<div class="cookie-banner"><p>We use cookies.</p><button>Accept</button></div>`));
    const body = r.body.join("\n");
    for (const chrome of ["Photo: Max Muster", "Bridge closed in 2010", "Sign up for our newsletter", "We use cookies."]) {
      expect(body).not.toContain(chrome);
      expect(r.boilerplate.join("\n")).toContain(chrome);
    }
  });

  it("decodes entities and drops script, style and template contents", () => {
    const article = `<p>Fish &amp; chips cost &euro;5 &mdash; &quot;cheap&quot; &#8220;really&#8221; &lt;b&gt; said the owner of the shop.</p>
      <script>var secret = "SCRIPT";</script><style>.x{color:red}</style><template><p>TEMPLATE</p></template>${paragraphs}`;
    const r = segmentHtml(page(article));
    expect(r.body[0]).toBe("Fish & chips cost €5 — \"cheap\" “really” <b> said the owner of the shop.");
    const all = JSON.stringify(r);
    expect(all).not.toContain("SCRIPT");
    expect(all).not.toContain("color:red");
    expect(all).not.toContain("TEMPLATE");
  });

  it("keeps an XSS-looking comment as literal text", () => {
    const comments = `<ol class="commentlist"><li class="comment" id="comment-9"><div class="comment-author"><cite class="fn">Mallory</cite></div>
      <div class="comment-content"><p>&lt;script&gt;alert("x")&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p></div></li></ol>`;
    const r = segmentHtml(page(paragraphs, `<div id="comments">${comments}</div>`));
    expect(r.comments).toHaveLength(1);
    expect(r.comments[0]?.text).toBe(`<script>alert("x")</script> <img src=x onerror=alert(1)>`);
    expect(r.comments[0]?.author).toBe("Mallory");
  });
});

describe("segmentHtml: fragments", () => {
  it("treats a short fragment without an article as body, and empty input as empty", () => {
    expect(segmentHtml("<p>Thanks for the update!</p>").body).toEqual(["Thanks for the update!"]);
    expect(segmentHtml("")).toEqual({ title: "", body: [], boilerplate: [], comments: [] });
  });
});

describe("segmentHtml: hostile nesting", () => {
  it("segments 10,000 nested divs and 10,000 nested comment lists without a stack overflow", () => {
    const depth = 10_000;
    const divs = `<body>${"<div>".repeat(depth)}deep text${"</div>".repeat(depth)}</body>`;
    expect(segmentHtml(divs).body.concat(segmentHtml(divs).boilerplate)).toContain("deep text");
    const lists = `<div id="comments"><ol class="commentlist">${'<li class="comment"><p>reply text</p><ol class="children">'.repeat(depth)}</div>`;
    const r = segmentHtml(lists);
    expect(r.comments).toHaveLength(depth);
    expect(r.comments[depth - 1]?.parent).toBe(depth - 2);
  });
});
