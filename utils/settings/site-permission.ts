/**
 * The host permission "Always clean this site" asks for: `https://news.example.org` →
 * `https://news.example.org/*`. Match patterns carry no port, so a local test server's
 * `http://127.0.0.1:8080` asks for `http://127.0.0.1/*`, the pattern the background checks.
 */
export function sitePermissionPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
