/** The first selector the DOM refuses, with the browser's reason, or null when all parse. */
export function findInvalidSelector(doc: Document, selectors: readonly string[]): { selector: string; reason: string } | null {
  const probe = doc.createDocumentFragment();
  // jsdom's selector engine only compiles a selector when there is an element to match: on an
  // empty fragment `:not(` passed here and then threw inside a rule (tests/invariants fuzzing).
  probe.append(doc.createElement('div'));
  for (const selector of selectors) {
    const reason = selectorError(probe, selector);
    if (reason) return { selector, reason };
  }
  return null;
}

/** Why a selector is rejected ("" when it is fine). Empty selectors are rejected too. */
export function selectorError(probe: ParentNode, selector: string): string {
  if (!selector.trim()) return 'it is empty';
  // jsdom's engine skips parsing the rest of `p:has(` when no <p> is there to match; browsers
  // reject it outright. An unclosed bracket or quote is caught here the same everywhere.
  const unclosed = unclosedBracket(selector);
  if (unclosed) return `it has an unclosed “${unclosed}”`;
  try {
    probe.querySelector(selector);
    return '';
  } catch {
    // The browser's own reason ("Failed to execute 'querySelector' on 'DocumentFragment': …")
    // names its internals, not the reader's mistake.
    return 'the browser cannot read it as a selector (look for a typo, a stray character or a missing part)';
  }
}

/** The first bracket or quote left open (outside strings and escapes), or "" when all close. */
function unclosedBracket(selector: string): string {
  const open: string[] = [];
  let quote = '';
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') open.push(ch);
    else if (ch === ')' || ch === ']') {
      if (open.pop() !== (ch === ')' ? '(' : '[')) return ch;
    }
  }
  return quote || open.pop() || '';
}
