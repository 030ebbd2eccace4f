import { createStore, type Store } from '../shared/store';
import type { SiteMemoryStatus } from '../../utils/site-memory-store';

/** What the settings page's site-memory section needs; `entrypoints/options/site-memory-backend.ts` implements it. */
export interface SiteMemoryBackend {
  status: () => Promise<SiteMemoryStatus>;
  /** A site key, or null for everything. */
  forget: (site: string | null) => Promise<{ forgotten: boolean }>;
}

export interface SiteMemoryPanelState {
  status: SiteMemoryStatus | null;
  notice: string | null;
  error: string | null;
}

export interface SiteMemoryPanel {
  store: Store<SiteMemoryPanelState>;
  actions: { load: () => Promise<void>; forgetSite: (site: string) => Promise<void>; forgetAll: () => Promise<void> };
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The section's state and actions; the memory itself lives in the background's storage. */
export function createSiteMemoryPanel(backend: SiteMemoryBackend): SiteMemoryPanel {
  const store = createStore<SiteMemoryPanelState>({ status: null, notice: null, error: null });

  async function load(): Promise<void> {
    try {
      store.set({ status: await backend.status(), error: null });
    } catch (error) {
      store.set({ error: `The site memory could not be read: ${describe(error)}` });
    }
  }

  async function forget(site: string | null, done: string): Promise<void> {
    try {
      const { forgotten } = await backend.forget(site);
      store.set({ notice: forgotten ? done : `${site} was already forgotten.`, error: null });
    } catch (error) {
      store.set({ notice: null, error: `Nothing was forgotten: ${describe(error)}` });
      return;
    }
    await load();
  }

  return {
    store,
    actions: {
      load,
      forgetSite: (site) => forget(site, `Forgot ${site}.`),
      forgetAll: () => forget(null, 'Forgot every site.'),
    },
  };
}
