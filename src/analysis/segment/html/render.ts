// One pre-order pass that gives every node a role (inherited from its parent unless the node's own
// names say otherwise) and renders text into lines the way w3m does: block elements and <br> end a line,
// inline text is joined with collapsed whitespace. A line also ends where the role changes.
import type { FlatDom } from "./dom";
import type { ElementNames } from "./names";
import { BLOCK_TAGS, isAuthor, isBodyChrome, isCommentChrome, isDate } from "./rules";

export const enum Role {
  Boilerplate = 0,
  Body = 1,
  Title = 2,
  CommentText = 3,
  CommentAuthor = 4,
  CommentDate = 5,
  CommentChrome = 6,
}

export interface RenderInput {
  dom: FlatDom;
  names: ElementNames[];
  /** 1 for comment item candidates. */
  candidate: Uint8Array;
  /** Article container or -1. */
  bodyRoot: number;
  /** Title element or -1. */
  titleEl: number;
  /** Text length of each subtree (from the metrics pass). */
  textLen: Int32Array;
}

export interface RenderedLines {
  text: string[];
  role: Role[];
  /** Comment candidate owning the line (comment roles), else -1. */
  owner: number[];
  /** Element that set the line's role (groups an author's or a date's lines). */
  roleEl: number[];
  /** Nearest comment candidate at or above each node, -1 when none. */
  nearestCandidate: Int32Array;
}

/** w3m shows a no-break space as a space. */
const SPACE_RUN = /[\t\n\f\r \u00a0]+/g;

/** True when SPACE_RUN would change `s` (a tab, newline, no-break space or two spaces): most text nodes are single-spaced. */
function collapsesSpaces(s: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return true;
      previousSpace = true;
    } else if (c === 9 || c === 10 || c === 12 || c === 13 || c === 0xa0) return true;
    else previousSpace = false;
  }
  return false;
}

const isCommentRole = (r: Role): boolean => r >= Role.CommentText;
/** A paragraph this long is text, not a name ("<p>Jane</p>" in an author box is still a name). */
const PARAGRAPH_CHARS = 40;

/** Whether element i holds a <p> of PARAGRAPH_CHARS or more (author boxes are small: a short scan). */
function holdsParagraph(dom: FlatDom, textLen: Int32Array, i: number): boolean {
  if ((textLen[i] as number) < PARAGRAPH_CHARS) return false;
  for (let k = i + 1; k < (dom.end[i] as number); k++) if (dom.tag[k] === "p" && (textLen[k] as number) >= PARAGRAPH_CHARS) return true;
  return false;
}

export function renderLines(input: RenderInput): RenderedLines {
  const { dom, names, candidate, bodyRoot, titleEl } = input;
  const n = dom.size;
  const role = new Uint8Array(n);
  const owner = new Int32Array(n).fill(-1);
  const roleEl = new Int32Array(n).fill(-1);
  const nearestCandidate = new Int32Array(n).fill(-1);
  // An author box that holds a more specific author element (".comment-author" around ".fn") is chrome.
  const authorMark = new Uint8Array(n);
  const holdsAuthor = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    // An author box holds a name and maybe a date; one that holds paragraphs of text is a theme wrapping
    // the whole comment in it ("comment-author vcard" around the <p>s): its text is the comment's.
    if (dom.tag[i] !== "" && isAuthor(dom, names, i) && !holdsParagraph(dom, input.textLen, i)) authorMark[i] = 1;
    const p = dom.parent[i] as number;
    if (p >= 0 && (authorMark[i] === 1 || holdsAuthor[i] === 1)) holdsAuthor[p] = 1;
  }

  // A "chrome"-named block that holds most of the article is a theme quirk ("entry share"), not chrome.
  const bodyLen = bodyRoot >= 0 ? (input.textLen[bodyRoot] as number) : 0;
  const holdsMostOfBody = (i: number): boolean => (input.textLen[i] as number) * 2 > bodyLen;
  const out: RenderedLines = { text: [], role: [], owner: [], roleEl: [], nearestCandidate };
  let line = "";
  let lineRole: Role = Role.Boilerplate;
  let lineOwner = -1;
  let lineRoleEl = -1;
  const flush = (): void => {
    const t = line.trim();
    if (t.length > 0) {
      out.text.push(t);
      out.role.push(lineRole);
      out.owner.push(lineOwner);
      out.roleEl.push(lineRoleEl);
    }
    line = "";
  };
  const blockEnds: number[] = [];

  for (let i = 0; i < n; i++) {
    while (blockEnds.length > 0 && (blockEnds[blockEnds.length - 1] as number) <= i) {
      blockEnds.pop();
      flush();
    }
    const p = dom.parent[i] as number;
    let r: Role = p >= 0 ? (role[p] as Role) : Role.Boilerplate;
    let o = p >= 0 ? (owner[p] as number) : -1;
    let re = p >= 0 ? (roleEl[p] as number) : -1;
    nearestCandidate[i] = p >= 0 ? (nearestCandidate[p] as number) : -1;
    const tag = dom.tag[i] as string;
    if (tag !== "") {
      if (candidate[i] === 1) {
        r = Role.CommentText;
        o = i;
        re = i;
        nearestCandidate[i] = i;
      } else if (isCommentRole(r)) {
        if (authorMark[i] === 1) {
          r = holdsAuthor[i] === 1 && r !== Role.CommentAuthor ? Role.CommentChrome : Role.CommentAuthor;
          if (r === Role.CommentAuthor && role[p] !== Role.CommentAuthor) re = i;
        } else if (r !== Role.CommentAuthor && isDate(dom, names, i)) {
          r = Role.CommentDate;
          re = i;
        } else if (r === Role.CommentText && isCommentChrome(dom, names, i)) {
          r = Role.CommentChrome;
        }
      } else {
        if (i === bodyRoot) r = Role.Body;
        else if (r === Role.Body && isBodyChrome(dom, names, i) && !holdsMostOfBody(i)) r = Role.Boilerplate;
        if (i === titleEl) r = Role.Title;
      }
      role[i] = r;
      owner[i] = o;
      roleEl[i] = re;
      if (tag === "br") {
        flush();
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        blockEnds.push(dom.end[i] as number);
      }
      if (tag === "img") {
        const alt = dom.attrs[i]?.alt;
        if (alt && alt.trim()) appendText(alt, r, o, re);
      }
      continue;
    }
    role[i] = r;
    owner[i] = o;
    appendText(dom.text[i] as string, r, o, re);
  }
  flush();
  return out;

  function appendText(raw: string, r: Role, o: number, re: number): void {
    if (line.length > 0 && (r !== lineRole || o !== lineOwner || re !== lineRoleEl)) {
      if (raw.trim().length === 0) return;
      flush();
    }
    if (line.length === 0) {
      lineRole = r;
      lineOwner = o;
      lineRoleEl = re;
    }
    line += collapsesSpaces(raw) ? raw.replace(SPACE_RUN, " ") : raw;
  }
}
