import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { OptionsApp } from '../../components/options/OptionsApp';
import { useStoreState } from '../../components/shared/use-store-state';
import { createBrowserOptionsBackend } from './browser-backend';
import { createOptionsStore, type OptionsStore } from './options-store';
import '../../components/shared/theme.css';
import '../../components/options/options.css';

function Options({ options }: { options: OptionsStore }) {
  const state = useStoreState(options.store);
  useEffect(() => {
    document.documentElement.dataset.theme = state.preferences.theme;
  }, [state.preferences.theme]);
  return <OptionsApp state={state} actions={options.actions} />;
}

const options = createOptionsStore(createBrowserOptionsBackend(document), document.createDocumentFragment());
render(<Options options={options} />, document.getElementById('app')!);
void options.actions.load();
