/**
 * jsdom parses every `<style>` sheet while it builds a document, and its CSS parser throws on some
 * real sheets ("Cannot create property 'border-width' on string 'inherit'", "')' is expected")
 * where a browser never fails. The engine reads no style sheet (only inline `style` attributes), so
 * a page can be parsed with its sheets made inert instead: the first `type` attribute of an
 * element wins in HTML, and jsdom leaves a sheet whose type is not CSS unparsed. It is also most
 * of jsdom's parse time on large modern pages, which is why the benchmarks and training parse this way.
 */
const STYLE_OPEN = /<style(?=[\s>/])/gi;
export const INERT_STYLE_TYPE = 'text/x-quiet-reader-inert';

export function makeStylesInert(html: string): string {
  return html.replace(STYLE_OPEN, `<style type="${INERT_STYLE_TYPE}"`);
}
