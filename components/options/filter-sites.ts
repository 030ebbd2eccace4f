import type { SiteRule, SiteRules } from '../../utils/settings/defaults';
import { plural, t } from '../../utils/i18n';

export interface SiteEntry {
  host: string;
  rule: SiteRule;
}

/** Sites whose host contains the query (case-insensitive), most recently changed first. */
export function filterSites(rules: SiteRules, query: string): SiteEntry[] {
  const needle = query.trim().toLowerCase();
  return Object.entries(rules)
    .filter(([host]) => !needle || host.includes(needle))
    .map(([host, rule]) => ({ host, rule }))
    .sort((a, b) => b.rule.updatedAt - a.rule.updatedAt || a.host.localeCompare(b.host));
}

/** "Auto-clean · 2 kinds kept · 1 selector · 3 kept blocks" for the collapsed row. */
export function describeSiteRule(rule: SiteRule): string {
  const parts: string[] = [];
  if (rule.autoClean) parts.push(t('options.sites.cleansAutomatically'));
  if (rule.kindsOff.length) parts.push(plural('options.sites.kindsKept', rule.kindsOff.length));
  if (rule.selectors.length) parts.push(plural('options.sites.extraSelectors', rule.selectors.length));
  if (rule.keep.length) parts.push(plural('options.sites.blocksKept', rule.keep.length));
  return parts.join(' · ') || t('options.sites.noChanges');
}

/** The origin to ask permission for: http for local hosts, https otherwise. */
export function originForHost(host: string): string {
  const local = host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');
  return `${local ? 'http' : 'https'}://${host}`;
}
