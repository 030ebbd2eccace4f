/** The label the popup shows for the page's site ("news.example.org"), or null when there is none. */
export function siteOf(url: string | undefined | null): { host: string; origin: string } | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return { host: parsed.hostname, origin: parsed.origin };
  } catch {
    return null;
  }
}
