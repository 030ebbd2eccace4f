/**
 * Whether a removed block's preview reads like code or markup rather than text a reader saw:
 * script ("(function() {", "window.x =", "/*<![CDATA[*\/"), style ("{ color: red; }") or HTML
 * tags as text (a `<noscript>` read as text). The bench counts these; it is deliberately broader
 * than anything the engine does, so a preview the engine lets through is still caught here.
 */
const CODE_LIKE = [
  /<\/?[a-z][\w-]*(?:\s[^>]*)?\/?>/i, // a tag written out as text
  /<!\[CDATA\[|\/\*|\*\//, // CDATA sections, block comments
  /\bfunction\s*\w*\s*\(/, // function (
  /\b(?:window|document|this)\.\w+/, // window.foo
  /\b(?:var|let|const)\s+[\w$]+\s*=/, // var x =
  /=>|===|!==|&&|\|\|/, // operators prose never uses
  /[\w-]+\s*:\s*[^;{}]+;\s*[\w-]+\s*:/, // prop: value; prop:
  /[{};]\s*[{};]/, // braces and semicolons in a row
];

export function looksLikeCode(preview: string): boolean {
  return CODE_LIKE.some((pattern) => pattern.test(preview));
}
