/** A plain-text page in the numbered-comments style of the seeds, for API tests. */
export function commentPage(title: string, comments: string[], paragraphs = 3): string {
  const body = Array.from({ length: paragraphs }, (_, i) =>
    `Paragraph ${i + 1} of the report on ${title.toLowerCase()}: officials met on Monday and said the talks would continue next week, according to a statement released by the ministry.`,
  );
  const list = comments.map((c, i) => `  ${i + 1}. ${c}`);
  return [title, "", ...body.flatMap((p) => [p, ""]), "", ...list.flatMap((c) => [c, ""]), "Comments are closed."].join("\n");
}
