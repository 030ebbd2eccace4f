/**
 * A class prefix that names several different components on one page is a design system's
 * namespace, not a word about the element. Adobe Experience Manager's core components are
 * `cmp-text`, `cmp-title`, `cmp-container`, `cmp-image`…, where `cmp` means "component"; a consent
 * manager's dialog (`cmp-banner`, `cmp-banner__text`, `cmp-banner__button`) is one component with
 * its parts. Without this, a promo word such as `cmp` (consent management platform) removes every
 * paragraph of an AEM page, one `cmp-text` box at a time.
 */
const MIN_COMPONENTS = 3;

/** True when at least three different `PREFIX-name` components (BEM parts and modifiers folded) are on the page. */
export function isComponentNamespace(root: Element, prefix: string): boolean {
  const start = `${prefix}-`;
  const components = new Set<string>();
  for (const el of root.querySelectorAll(`[class*="${start}"]`)) {
    for (const name of (el.getAttribute('class') ?? '').split(/\s+/)) {
      if (!name.startsWith(start)) continue;
      const component = name.slice(start.length).split(/__|--/)[0];
      if (component) components.add(component.toLowerCase());
      if (components.size >= MIN_COMPONENTS) return true;
    }
  }
  return false;
}
