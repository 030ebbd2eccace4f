import { cleanPageHtml } from './clean-page-html';
import type { CleaningSettings, CleaningSiteRule } from './settings/cleaning-settings';

/**
 * The engine's first run in a fresh JavaScript context is several times slower than the next:
 * every function is compiled on its first call, and every phrase regex on its first match. The
 * extension's cleaning context (Firefox's background page, Chrome's offscreen document) cleans
 * this invented article once when it starts, while nobody waits, so the reader's first page is
 * cleaned by warm code. The article has what the rules look for (an appeal printed twice, a
 * newsletter box, a related list, a share bar, a caption and credit), so their paths run too.
 */

const STORY = [
  'The harbour commission met on Tuesday evening to decide the future of the old ferry pier, which has stood closed since the winter storms cracked two of its pilings.',
  'Engineers told the commission that repairs would take most of the summer, and that the cost had risen by a third since the first estimate was made in the spring.',
  'Residents who spoke at the meeting asked for a temporary landing, so that the morning crossing to the island could start again before the school year begins.',
  'The commission agreed to publish the full engineering report next week and to hold a second hearing before any money is committed to the work.',
];

const APPEAL = '<div class="donate-box"><h3>Support local journalism</h3><p>Your gift today keeps our reporters at every public meeting. Donate now from $5 a month.</p><a href="https://example.org/donate" class="button">Donate</a></div>';

function warmUpHtml(): string {
  const paragraphs = STORY.map((text) => `<p>${text}</p>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry pier repairs delayed | The Example Gazette</title>
<meta property="og:type" content="article"><meta name="author" content="A. Reporter"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>Ferry pier repairs delayed until autumn</h1><p class="byline">By A. Reporter</p>
<figure><img src="https://example.org/pier.jpg" alt="The old ferry pier"><figcaption>The pier in March. Photo: Example Agency</figcaption></figure>
${paragraphs}${APPEAL}
<div class="newsletter"><p>Sign up for our morning newsletter. No spam, unsubscribe anytime.</p><form><input type="email"><button>Subscribe</button></form></div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook</a> <a href="https://twitter.com/intent/tweet?url=x">Share on X</a></div>
<h2>We recommend</h2><ul><li><a href="/a">Council budget passes</a></li><li><a href="/b">New bus routes</a></li><li><a href="/c">Library hours change</a></li></ul>
</article>${APPEAL}<footer><p>© The Example Gazette</p></footer></body></html>`;
}

const SETTINGS: CleaningSettings = { kindsOff: [], customPhrases: [], customSelectors: [], siteMemoryEnabled: false };
const SITE_RULE: CleaningSiteRule = { kindsOff: [], selectors: [], keep: [] };

/** Cleans the invented article once in this context (`win` has a DOM); never throws. */
export function warmUpEngine(win: Window & typeof globalThis): void {
  try {
    cleanPageHtml({ html: warmUpHtml(), url: 'https://example.org/news/ferry-pier', baseUrl: 'https://example.org/news/ferry-pier', settings: SETTINGS, siteRule: SITE_RULE, siteMemoryEntry: null }, win);
  } catch (error) {
    console.info('[quiet-reader] warming up the engine failed; the first clean will be slower', error);
  }
}
