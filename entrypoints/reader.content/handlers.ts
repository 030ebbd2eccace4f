import { onMessage } from '../../utils/messaging';
import type { ReaderSession } from './reader-session';

/** The tab's side of the protocol (utils/messaging.ts), all in one place. */
export function registerReaderHandlers(session: ReaderSession): void {
  onMessage('readerToggle', () => session.toggle());
  onMessage('readerOpen', ({ data }) => session.open({ quiet: data.quiet }));
  onMessage('readerClose', () => session.close());
  onMessage('readerState', () => session.state());
  onMessage('readerPreview', () => session.preview());
  onMessage('readerPreviewArticle', ({ data }) => session.previewArticle(data));
}
