import { browser } from 'wxt/browser';
import type { AutoCleanResult } from '../../utils/messaging';
import { getSiteRule, getSiteRules, saveSiteRule } from '../../utils/settings';
import { t } from '../../utils/i18n';

/**
 * "Always clean this site". The extension page that asks must already hold the optional host
 * permission for the origin (only a user gesture in an extension page can request it). Enabling
 * registers a tiny content script for that origin, which tells the background that an article
 * page loaded; the background then opens the view quietly (no message if it is not an article).
 * Disabling removes the script, the site rule's flag and the permission.
 */

const SCRIPT_ID_PREFIX = 'auto-clean ';
const AUTO_CLEAN_SCRIPT = 'content-scripts/auto-clean.js';

/** `https://news.example.org` → its match pattern, or an explanation when it is not an origin. */
export function originMatchPattern(origin: string): { pattern: string; host: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return { error: t('autoClean.notAddress', { origin }) };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: t('autoClean.notWeb', { protocol: url.protocol }) };
  if (url.origin !== origin.replace(/\/$/, '')) return { error: t('autoClean.notOrigin', { origin, expected: url.origin }) };
  // Match patterns take no port: a permission for a host covers all its ports.
  return { pattern: `${url.protocol}//${url.hostname}/*`, host: url.hostname };
}

function scriptIdFor(pattern: string): string {
  return SCRIPT_ID_PREFIX + pattern;
}

async function setAutoCleanFlag(host: string, autoClean: boolean): Promise<void> {
  const { updatedAt: _ignored, ...rule } = await getSiteRule(host);
  if (rule.autoClean !== autoClean) await saveSiteRule(host, { ...rule, autoClean });
}

async function registeredIds(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Set(scripts.map((script) => script.id).filter((id) => id.startsWith(SCRIPT_ID_PREFIX)));
}

async function registerFor(pattern: string): Promise<void> {
  const id = scriptIdFor(pattern);
  if ((await registeredIds()).has(id)) return;
  await browser.scripting.registerContentScripts([{ id, matches: [pattern], js: [AUTO_CLEAN_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true }]);
}

async function unregisterFor(pattern: string): Promise<void> {
  const id = scriptIdFor(pattern);
  if ((await registeredIds()).has(id)) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

export async function enableAutoClean(origin: string): Promise<AutoCleanResult> {
  const parsed = originMatchPattern(origin);
  if ('error' in parsed) return { ok: false, message: parsed.error };
  if (!(await browser.permissions.contains({ origins: [parsed.pattern] }))) {
    return { ok: false, message: t('autoClean.needsPermission', { site: parsed.host }) };
  }
  try {
    await registerFor(parsed.pattern);
    await setAutoCleanFlag(parsed.host, true);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: t('autoClean.turnOnFailed', { site: parsed.host, reason: error instanceof Error ? error.message : String(error) }) };
  }
}

export async function disableAutoClean(origin: string): Promise<AutoCleanResult> {
  const parsed = originMatchPattern(origin);
  if ('error' in parsed) return { ok: false, message: parsed.error };
  try {
    await unregisterFor(parsed.pattern);
    await setAutoCleanFlag(parsed.host, false);
    // A permission the manifest requires (the e2e build's 127.0.0.1) cannot be removed; that is fine.
    await browser.permissions.remove({ origins: [parsed.pattern] }).catch(() => false);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: t('autoClean.turnOffFailed', { site: parsed.host, reason: error instanceof Error ? error.message : String(error) }) };
  }
}

/** True when the reader still wants this page's site cleaned automatically. */
export async function wantsAutoClean(url: string | undefined): Promise<boolean> {
  if (!url) return false;
  try {
    const { hostname } = new URL(url);
    return (await getSiteRule(hostname)).autoClean;
  } catch {
    return false;
  }
}

/**
 * Brings registrations in line with the site rules and granted permissions (on install, update
 * and browser start, and when the reader revokes a permission in the browser's settings): a
 * script without permission or flag goes, a flagged site with permission gets its script back.
 */
export async function syncAutoCleanScripts(): Promise<void> {
  const rules = await getSiteRules();
  const wanted = new Set<string>();
  for (const [host, rule] of Object.entries(rules)) {
    if (!rule.autoClean) continue;
    let granted = false;
    for (const scheme of ['https:', 'http:']) {
      const pattern = `${scheme}//${host}/*`;
      if (await browser.permissions.contains({ origins: [pattern] })) {
        wanted.add(scriptIdFor(pattern));
        await registerFor(pattern);
        granted = true;
      }
    }
    if (!granted) await setAutoCleanFlag(host, false);
  }
  const stale = [...(await registeredIds())].filter((id) => !wanted.has(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
}
