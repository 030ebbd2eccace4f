import type { Typography } from '../../utils/settings/defaults';
import { prepareDateFormat } from '../../utils/i18n/format';
import { characterWidthOf } from './measure-line-width';
import { fontStackOf } from './view-style';

/**
 * The first render's slow starts that do not depend on the article: the browser's locale data
 * for the byline's date (in the interface language), and the canvas and font the line width is
 * measured with. The reader runs this while the page is being cleaned outside the tab, so the
 * render finds them ready.
 */
export function prepareViewRendering(doc: Document, typography: Typography): void {
  prepareDateFormat();
  characterWidthOf(doc, `${typography.fontSize}px ${fontStackOf(typography)}`);
}
