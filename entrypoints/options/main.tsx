import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { OptionsApp } from '../../components/options/OptionsApp';
import { useStoreState } from '../../components/shared/use-store-state';
import { watchPreferences, watchSiteRules } from '../../utils/settings';
import { createBrowserOptionsBackend } from './browser-backend';
import { createOptionsStore, type OptionsStore } from '../../components/options/options-store';
import { createBrowserSiteMemoryBackend } from './site-memory-backend';
import { createSiteMemoryPanel, type SiteMemoryPanel } from '../../components/options/site-memory-panel';
import '../../components/shared/theme.css';
import '../../components/options/options.css';

function Options({ options, siteMemory }: { options: OptionsStore; siteMemory: SiteMemoryPanel }) {
  const state = useStoreState(options.store);
  const siteMemoryState = useStoreState(siteMemory.store);
  useEffect(() => {
    document.documentElement.dataset.theme = state.preferences.theme;
  }, [state.preferences.theme]);
  return <OptionsApp state={state} actions={options.actions} siteMemory={{ state: siteMemoryState, actions: siteMemory.actions }} />;
}

const options = createOptionsStore(createBrowserOptionsBackend(document), document.createDocumentFragment());
const siteMemory = createSiteMemoryPanel(createBrowserSiteMemoryBackend());
// A change made elsewhere (the popup, the clean view, another settings tab, sync) shows here at
// once, so a later save on this page starts from it instead of writing a stale copy back over it.
watchPreferences(options.actions.storedPreferencesChanged);
watchSiteRules(options.actions.storedSiteRulesChanged);
render(<Options options={options} siteMemory={siteMemory} />, document.getElementById('app')!);
void options.actions.load();
void siteMemory.actions.load();
