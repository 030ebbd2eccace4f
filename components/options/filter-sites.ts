import type { SiteRule, SiteRules } from '../../utils/settings/defaults';

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
  if (rule.autoClean) parts.push('Cleans automatically');
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (rule.kindsOff.length) parts.push(count(rule.kindsOff.length, 'kind kept', 'kinds kept'));
  if (rule.selectors.length) parts.push(count(rule.selectors.length, 'extra selector', 'extra selectors'));
  if (rule.keep.length) parts.push(count(rule.keep.length, 'block always kept', 'blocks always kept'));
  return parts.join(' · ') || 'No changes from your general settings';
}

/** The origin to ask permission for: http for local hosts, https otherwise. */
export function originForHost(host: string): string {
  const local = host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');
  return `${local ? 'http' : 'https'}://${host}`;
}
