// Lines of program code in a tutorial that a chrome pattern would take for a button or a form field:
// "print f()" and "print('key error')" start like a print button, "[1, 2, 3, 5]" and '["baz"]' look
// like a bracketed input field. boilerplate.ts asks only about lines a share, action or form pattern
// matched, so these checks run on few lines.

/**
 * A call as code writes it: a name glued to "(" and the line closed by ")" ("print f()", "print(e)",
 * "print a.f()"). A counter on a button ("Facebook(12)") holds only digits and is no call.
 */
export function isCodeCall(line: string): boolean {
  if (line.charCodeAt(line.length - 1) !== 41) return false; // ")"
  const open = line.indexOf("(");
  if (open <= 0 || !isWordChar(line.charCodeAt(open - 1))) return false;
  const first = line.charCodeAt(open + 1);
  return !(first >= 48 && first <= 57);
}

/**
 * A list literal: brackets around a number or a quoted string first ("[1, 2, 3, 5]", '["baz", "baz"]').
 * A form field's brackets hold blanks, a label or a tick ("[          ]", "[Search]", "[x]").
 */
export function isListLiteral(line: string): boolean {
  if (line.charCodeAt(0) !== 91 || line.charCodeAt(line.length - 1) !== 93) return false; // "[" … "]"
  const first = line.charCodeAt(1);
  const digit = first >= 48 && first <= 57;
  // "[1]" alone is a footnote mark, not code; a list has a separator.
  return (digit && line.includes(",")) || first === 34 || first === 39; // '"' or "'"
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
