import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { PopupApp } from '../../components/popup/PopupApp';
import { useStoreState } from '../../components/shared/use-store-state';
import { watchPreferences } from '../../utils/settings';
import { createBrowserPopupBackend } from './browser-backend';
import { createPopupStore, type PopupStore } from '../../components/popup/popup-store';
import '../../components/shared/theme.css';
import '../../components/popup/popup.css';

function Popup({ popup }: { popup: PopupStore }) {
  const state = useStoreState(popup.store);
  // The page background outside the app follows the theme too.
  useEffect(() => {
    document.documentElement.dataset.theme = state.preferences.theme;
  }, [state.preferences.theme]);
  return <PopupApp state={state} actions={popup.actions} />;
}

const popup = createPopupStore(createBrowserPopupBackend(window.location));
// A change made on the settings page (or another popup) shows here without reopening.
watchPreferences(popup.actions.preferencesChanged);
render(<Popup popup={popup} />, document.getElementById('app')!);
void popup.actions.load();
