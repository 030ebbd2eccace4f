import { RULES } from '../../core/rules/index';
import type { CleanOptions } from '../../core/types';

/**
 * `--only` / `--skip` as engine options, checked against the registered rules, so a benchmark can
 * show what one rule is worth (the engine with and without it, on the same pages).
 */
export function ruleSelection(bench: string, only: readonly string[], skip: readonly string[]): { ok: true; options: Pick<CleanOptions, 'only' | 'skip'> } | { ok: false; message: string } {
  const known = RULES.map((rule) => rule.id);
  const unknown = [...only, ...skip].filter((id) => !known.includes(id));
  if (unknown.length) return { ok: false, message: `${bench}: unknown rule id${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; known ids: ${known.join(', ')}` };
  return { ok: true, options: { ...(only.length && { only: [...only] }), ...(skip.length && { skip: [...skip] }) } };
}
