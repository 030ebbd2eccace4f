import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The origins "Always clean this site" may ask for, one site at a time (README "Permissions"). */
const OPTIONAL_SITE_ORIGINS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  // The interface's strings: locales/<lang>.yml, compiled to _locales/<lang>/messages.json, typed `#i18n` (utils/i18n/).
  modules: ['@wxt-dev/i18n/module'],
  // There is no WXT module for Preact; the Vite preset does the JSX transform.
  vite: () => ({ plugins: [preact()] }),
  // `wxt` dev must not try to start a browser on a machine without a display.
  webExt: { disabled: true },
  hooks: {
    // The Firefox browser tests' relay (entrypoints/e2e-bridge.content.ts) exists only in the
    // Firefox e2e build; Chromium's tests reach the service worker directly.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'e2e' && wxt.config.browser === 'firefox') return;
      const bridge = entrypoints.findIndex((entrypoint) => entrypoint.name === 'e2e-bridge');
      if (bridge >= 0) entrypoints.splice(bridge, 1);
    },
  },
  manifest: ({ mode, browser, manifestVersion }) => ({
    // Names and descriptions come from the browser's language (locales/*.yml, README "Languages").
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    // `offscreen` (Chrome only, no install warning): the engine cleans a copy of the page in an
    // offscreen document so a huge page never freezes its tab; Firefox's background page has a DOM.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // "Always clean this site" asks for one origin at a time. MV3 names hosts in
    // `optional_host_permissions`; MV2 (the Firefox build) has no such key, and WXT drops it
    // instead of mapping it, so MV2 lists the same patterns in `optional_permissions`.
    ...(manifestVersion === 2 ? { optional_permissions: [...OPTIONAL_SITE_ORIGINS] } : { optional_host_permissions: [...OPTIONAL_SITE_ORIGINS] }),
    // The e2e build may inject into the local test server without a click; production never asks for hosts.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_ext_name__' },
    // Extension pages run only their own bundled scripts: no eval, no inline or remote code, no
    // plugins, no <base> rewriting, no form posts (README "Security"). Images stay open: articles have them.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" },
    // Alt+Shift+Y, not Alt+Shift+R: Chromium 156 leaves Alt+Shift+R (and P) unassigned for a new
    // extension, so the reader would have no shortcut (docs/extension-testing.md); the keyboard
    // browser test checks the assigned key with commands.getAll().
    commands: {
      'toggle-clean-view': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_ext_commandToggle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'quiet-reader@example.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
