import type { OptionsActions, OptionsState } from './options-store';
import type { SiteMemoryPanel, SiteMemoryPanelState } from './site-memory-panel';
import { Button } from '../shared/Button';
import { Message } from '../shared/Message';
import { Spinner } from '../shared/Spinner';
import { BackupSection } from './BackupSection';
import { KindsSection } from './KindsSection';
import { ListEditor } from './ListEditor';
import { ReadingSection } from './ReadingSection';
import { ExportSection } from './ExportSection';
import { ListenSection } from './ListenSection';
import { ResetSection } from './ResetSection';
import { SaveStatus } from './SaveStatus';
import { Section } from './Section';
import { SiteMemorySection } from './SiteMemorySection';
import { SiteRulesSection } from './SiteRulesSection';
import { t, type MessageKey } from '../../utils/i18n';

export interface OptionsAppProps {
  state: OptionsState;
  actions: OptionsActions;
  /** The site-memory section (what is remembered, forget controls); absent, the section is not shown. */
  siteMemory?: { state: SiteMemoryPanelState; actions: SiteMemoryPanel['actions'] };
  testId?: string;
}

const NAV: [id: string, label: MessageKey][] = [
  ['kinds', 'options.nav.kinds'],
  ['phrases', 'options.nav.phrases'],
  ['selectors', 'options.nav.selectors'],
  ['sites', 'options.nav.sites'],
  ['reading', 'options.nav.reading'],
  ['listen', 'options.nav.listen'],
  ['site-memory', 'options.nav.siteMemory'],
  ['backup', 'options.nav.backup'],
  ['reset', 'options.nav.reset'],
];

export function OptionsApp({ state, actions, siteMemory, testId = 'options' }: OptionsAppProps) {
  const { preferences } = state;
  return (
    <div class="options" data-theme={preferences.theme} data-testid={testId} data-status={state.status}>
      <header class="options-header">
        <h1 class="options-header__title">
          <span class="qr-mark" aria-hidden="true" /> {t('options.title')}
        </h1>
        <SaveStatus storage={state.storage} saveError={state.saveError} />
      </header>
      <div class="options-layout">
        <nav class="options-nav" aria-label={t('options.navLabel')}>
          <ul>
            {NAV.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(label)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="options-main">
          {state.status === 'loading' ? (
            <div class="options-loading" data-testid="options-loading">
              <Spinner label={t('options.loading')} />
            </div>
          ) : state.status === 'failed' ? (
            <Message tone="error" title={t('options.loadFailed')} testId="options-load-error" actions={<Button onClick={() => void actions.load()}>{t('options.tryAgain')}</Button>}>
              <p>{state.loadError}</p>
            </Message>
          ) : (
            <>
              <KindsSection kindsOff={preferences.kindsOff} onKindEnabled={(kind, enabled) => void actions.setKindEnabled(kind, enabled)} />
              <Section id="phrases" title={t('options.phrases.title')} description={t('options.phrases.description')}>
                <ListEditor
                  label={t('options.phrases.add')}
                  hint={t('options.phrases.hint')}
                  placeholder={t('options.phrases.placeholder')}
                  entries={preferences.customPhrases}
                  onAdd={actions.addPhrases}
                  onRemove={(phrase) => void actions.removePhrase(phrase)}
                  emptyText={t('options.phrases.empty')}
                  testId="phrases"
                />
              </Section>
              <Section id="selectors" title={t('options.selectors.title')} description={t('options.selectors.description')}>
                <ListEditor
                  label={t('options.selectors.add')}
                  hint={t('options.selectors.hint')}
                  placeholder=".promo-box"
                  entries={preferences.customSelectors}
                  onAdd={actions.addSelectors}
                  onRemove={(selector) => void actions.removeSelector(selector)}
                  emptyText={t('options.selectors.empty')}
                  code
                  testId="selectors"
                />
              </Section>
              <SiteRulesSection siteRules={state.siteRules} notice={state.siteNotice} actions={actions} />
              <ReadingSection
                preferences={preferences}
                onTheme={(theme) => void actions.setTheme(theme)}
                onTypography={(key, value) => void actions.setTypography(key, value)}
                onSiteMemory={(enabled) => void actions.setSiteMemory(enabled)}
              />
              <ListenSection listen={preferences.listen} onChange={(change) => void actions.setListen(change)} />
              <ExportSection preferences={preferences} onChange={(change) => void actions.setExportAndPlace(change)} />
              {siteMemory ? (
                <SiteMemorySection
                  {...siteMemory.state}
                  enabled={preferences.siteMemoryEnabled}
                  onForgetSite={(site) => void siteMemory.actions.forgetSite(site)}
                  onForgetAll={() => void siteMemory.actions.forgetAll()}
                />
              ) : null}
              <BackupSection
                preview={state.importPreview}
                error={state.importError}
                done={state.importDone}
                onExport={actions.exportSettings}
                onChooseFile={(file) => void actions.chooseImportFile(file)}
                onApply={() => void actions.applyImport()}
                onCancel={actions.cancelImport}
              />
              <ResetSection done={state.resetDone} onReset={() => void actions.resetAll()} />
            </>
          )}
        </main>
      </div>
    </div>
  );
}
