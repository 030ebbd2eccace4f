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
import { ResetSection } from './ResetSection';
import { SaveStatus } from './SaveStatus';
import { Section } from './Section';
import { SiteMemorySection } from './SiteMemorySection';
import { SiteRulesSection } from './SiteRulesSection';

export interface OptionsAppProps {
  state: OptionsState;
  actions: OptionsActions;
  /** The site-memory section (what is remembered, forget controls); absent, the section is not shown. */
  siteMemory?: { state: SiteMemoryPanelState; actions: SiteMemoryPanel['actions'] };
  testId?: string;
}

const NAV: [id: string, label: string][] = [
  ['kinds', 'What to remove'],
  ['phrases', 'Phrases'],
  ['selectors', 'Selectors'],
  ['sites', 'Sites'],
  ['reading', 'Reading'],
  ['site-memory', 'Site memory'],
  ['backup', 'Back up'],
  ['reset', 'Reset'],
];

export function OptionsApp({ state, actions, siteMemory, testId = 'options' }: OptionsAppProps) {
  const { preferences } = state;
  return (
    <div class="options" data-theme={preferences.theme} data-testid={testId} data-status={state.status}>
      <header class="options-header">
        <h1 class="options-header__title">
          <span class="qr-mark" aria-hidden="true" /> Quiet Reader settings
        </h1>
        <SaveStatus storage={state.storage} saveError={state.saveError} />
      </header>
      <div class="options-layout">
        <nav class="options-nav" aria-label="Settings sections">
          <ul>
            {NAV.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="options-main">
          {state.status === 'loading' ? (
            <div class="options-loading" data-testid="options-loading">
              <Spinner label="Loading your settings" />
            </div>
          ) : state.status === 'failed' ? (
            <Message tone="error" title="Your settings could not be loaded" testId="options-load-error" actions={<Button onClick={() => void actions.load()}>Try again</Button>}>
              <p>{state.loadError}</p>
            </Message>
          ) : (
            <>
              <KindsSection kindsOff={preferences.kindsOff} onKindEnabled={(kind, enabled) => void actions.setKindEnabled(kind, enabled)} />
              <Section id="phrases" title="Phrases to remove" description="A block whose text contains one of these phrases is removed on every site. Capitals and spacing don’t matter.">
                <ListEditor
                  label="Add phrases"
                  hint="One phrase per line; Enter adds, Shift+Enter starts a new line."
                  placeholder="Support our journalism"
                  entries={preferences.customPhrases}
                  onAdd={actions.addPhrases}
                  onRemove={(phrase) => void actions.removePhrase(phrase)}
                  emptyText="No phrases yet."
                  testId="phrases"
                />
              </Section>
              <Section id="selectors" title="Selectors to remove" description="CSS selectors of blocks to remove on every site, for clutter the built-in rules miss.">
                <ListEditor
                  label="Add selectors"
                  hint="One selector per line, e.g. .promo-box or aside[data-ad]."
                  placeholder=".promo-box"
                  entries={preferences.customSelectors}
                  onAdd={actions.addSelectors}
                  onRemove={(selector) => void actions.removeSelector(selector)}
                  emptyText="No selectors yet."
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
