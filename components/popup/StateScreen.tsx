import { Button } from '../shared/Button';
import { Message } from '../shared/Message';
import { Spinner } from '../shared/Spinner';
import type { PopupScreen } from './popup-store';

export interface StateScreenProps {
  /** Every screen except the article. */
  screen: Exclude<PopupScreen, { kind: 'article' }>;
  onRetry: () => void;
  onOpenOptions: () => void;
  testId?: string;
}

/** The designed screens for when there is no article to show, each saying what to do next. */
export function StateScreen({ screen, onRetry, onOpenOptions }: StateScreenProps) {
  switch (screen.kind) {
    case 'loading':
      return (
        <div class="popup-loading" data-testid="state-loading" role="status">
          <Spinner label="Cleaning the article" />
          <p>Reading the page…</p>
        </div>
      );
    case 'restricted':
      return (
        <Message tone="warning" icon="⊘" title="Quiet Reader can't read this page" testId="state-restricted">
          <p>Browser pages, extension stores and the built-in PDF viewer are off-limits to every extension.</p>
          <p>Open an article on a website and try again.</p>
        </Message>
      );
    case 'not-article':
      return (
        <Message icon="¶" title="This page doesn't look like an article" testId="state-not-article" actions={<Button onClick={onRetry}>Try again</Button>}>
          <p>{screen.message}</p>
          <p>Home pages, search results, lists and sign-in pages have no single article to clean. Open an article, then try again.</p>
        </Message>
      );
    case 'too-large':
      return (
        <Message tone="warning" icon="⤢" title="This page is too large to clean" testId="state-too-large">
          <p>{screen.message}</p>
          <p>Try the article's own page or its print version.</p>
        </Message>
      );
    case 'error':
      return (
        <Message
          tone="error"
          icon="!"
          title={screen.title}
          testId="state-error"
          actions={
            <>
              {screen.fixInSettings ? <Button variant="primary" onClick={onOpenOptions}>Open settings</Button> : null}
              <Button onClick={onRetry}>Try again</Button>
            </>
          }
        >
          <p>{screen.message}</p>
          <p>{screen.hint}</p>
        </Message>
      );
  }
}
