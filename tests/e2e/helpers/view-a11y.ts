import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: unknown[];
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * Serious or critical axe-core violations inside the view's shadow root (the page behind is not
 * ours). axe reports text contrast in the view as "incomplete" (it cannot resolve the top-layer
 * dialog's background), so contrast is checked separately (`viewContrast` in clean-view-settings.test.ts).
 */
export async function viewAccessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const { violations, checkedInView } = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: object, options: object): Promise<{ violations: AxeViolation[]; passes: AxeViolation[] }> } }).axe;
    const result = await axe.run({ fromShadowDom: ['quiet-reader-view', 'dialog'] }, {});
    // Guard against a context that matches nothing (then every run would "pass").
    const checkedInView = result.passes.some((rule) => rule.id === 'button-name' && rule.nodes.some((node) => JSON.stringify(node.target).includes('quiet-reader-view')));
    return { violations: result.violations, checkedInView };
  });
  if (!checkedInView) return ['axe checked nothing inside the view: the shadow-root context matched nothing'];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`);
}

