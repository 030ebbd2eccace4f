import type { PopupActions, PopupState } from './popup-store';
import { Button } from '../shared/Button';
import { ArticlePreview } from './ArticlePreview';
import { PopupExport } from './PopupExport';
import { PopupFooter } from './PopupFooter';
import { typographyVariables } from '../view/view-style';
import { QuickSettings } from './QuickSettings';
import { StateScreen } from './StateScreen';
import { ViewToggle } from './ViewToggle';
import { t } from '../../utils/i18n';

export interface PopupAppProps {
  state: PopupState;
  actions: PopupActions;
  testId?: string;
}

/** The whole popup: header with the clean-view switch, the article or a state screen, quick settings. */
export function PopupApp({ state, actions, testId = 'popup' }: PopupAppProps) {
  const { screen } = state;
  const canToggleView = screen.kind === 'article' || (screen.kind !== 'restricted' && screen.kind !== 'loading' && state.viewActive === true);
  return (
    <div class="popup" data-theme={state.preferences.theme} data-testid={testId} data-screen={screen.kind}>
      <header class="popup-header">
        <p class="popup-header__brand">
          <span class="qr-mark" aria-hidden="true" />
          {t('ext.name')}
        </p>
        {canToggleView ? <ViewToggle active={state.viewActive} onToggle={() => void actions.toggleView()} /> : null}
      </header>
      {state.notice ? (
        <div class="popup-notice" role="alert" data-testid="popup-notice">
          <span>{state.notice}</span>
          <Button variant="quiet" label={t('popup.dismiss')} onClick={actions.dismissNotice}>
            ×
          </Button>
        </div>
      ) : null}
      <main class="popup-main">
        {screen.kind === 'article' ? (
          <ArticlePreview article={screen.article} removed={screen.removed} typography={state.preferences.typography} refreshing={state.refreshing} />
        ) : (
          <StateScreen screen={screen} onRetry={() => void actions.load()} onOpenOptions={actions.openOptions} />
        )}
      </main>
      {screen.kind === 'article' ? (
        <PopupExport
          article={screen.article}
          removed={screen.removed}
          settings={{
            sourceUrl: state.tab?.url ?? null,
            theme: state.preferences.theme,
            typography: typographyVariables(state.preferences.typography),
            withRemoved: state.preferences.exportRemovedAppendix,
          }}
        />
      ) : null}
      {screen.kind === 'article' ? (
        <QuickSettings
          preferences={state.preferences}
          onTheme={(theme) => void actions.setTheme(theme)}
          onFontSize={(px) => void actions.setFontSize(px)}
          onKindEnabled={(kind, enabled) => void actions.setKindEnabled(kind, enabled)}
        />
      ) : null}
      <PopupFooter
        host={screen.kind === 'restricted' ? null : (state.site?.host ?? null)}
        autoClean={state.autoClean}
        onAutoClean={(on) => void actions.setAutoClean(on)}
        onOpenOptions={actions.openOptions}
      />
    </div>
  );
}
