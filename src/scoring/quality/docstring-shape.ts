/**
 * The shape a useful docstring has (PEP 257 plus what a caller needs): a one-line summary, and a
 * mention of each parameter, of what is returned and of what is raised when the code has them.
 * Any common style (Google, NumPy, reST, plain prose) passes; only mentions are checked, so a
 * docstring cannot fail for formatting alone.
 */

/** What is missing from one docstring; empty when the docstring has the full shape. */
export type ShapeProblem =
  | "no-summary-line"
  | "params-not-mentioned"
  | "returns-not-mentioned"
  | "raises-not-mentioned";

/** The facts about a definition that decide which mentions its docstring needs. */
export interface DocumentedThing {
  readonly docstring: string;
  /** More text where mentions count (a class's `__init__` docstring); not checked for a summary. */
  readonly alsoIn?: string;
  readonly params: readonly string[];
  readonly returnsValue: boolean;
  readonly raises: readonly string[];
}

const RETURNS = /\b(returns?|returning|yields?|yielding)\b|:rtype:/i;
const RAISES = /\b(raises?|raising|throws?)\b/i;

/** The problems of one docstring, in a fixed order. */
export function docstringShape(thing: DocumentedThing): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const lines = thing.docstring.split("\n");
  const first = lines[0]?.trim() ?? "";
  if (first === "" || (lines.length > 1 && (lines[1] ?? "").trim() !== "")) problems.push("no-summary-line");
  const text = thing.alsoIn === undefined ? thing.docstring : `${thing.docstring}\n${thing.alsoIn}`;
  if (!thing.params.every((name) => mentions(text, name))) problems.push("params-not-mentioned");
  if (thing.returnsValue && !RETURNS.test(text)) problems.push("returns-not-mentioned");
  if (thing.raises.length > 0 && !RAISES.test(text) && !thing.raises.some((name) => mentions(text, name))) {
    problems.push("raises-not-mentioned");
  }
  return problems;
}

/** Whether `name` occurs as a whole identifier (so `n` is not found inside `count`). */
function mentions(text: string, name: string): boolean {
  let from = 0;
  for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, from)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if (!isIdentifierChar(before) && !isIdentifierChar(after)) return true;
    from = at + 1;
  }
  return false;
}

function isIdentifierChar(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9_]/.test(char);
}
