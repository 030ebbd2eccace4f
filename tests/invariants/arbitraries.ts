import fc from 'fast-check';

/**
 * fast-check arbitraries for random pages and settings. Pages mix article prose, clutter the
 * rules look for, and hostile markup, so one generator exercises the rules, Readability and the
 * sanitiser together. Pages are built as HTML strings (escaped) and parsed by jsdom.
 */

const WORDS = ['the', 'council', 'voted', 'bridge', 'river', 'residents', 'said', 'engineers', 'repair', 'spring', 'funding', 'town', 'über', 'café', 'مدينة', '市议会', 'naïve', '—', '&amp;', '<b>', '"quoted"', "it's"];
const CLUTTER = [
  'Please support our journalism: donate today.',
  'Subscribe to our newsletter for the best stories.',
  'Related articles',
  'Most read',
  'Share this article on Facebook, X and email',
  'Photo: Agency / Credit',
  'Leave a comment',
  'We use cookies to improve your experience. Accept all',
  'Read more',
  'You have 2 free articles left this month.',
];

export const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 30 })
  .map((words) => `${words.join(' ')}.`);
const text = fc.oneof({ weight: 6, arbitrary: sentence }, { weight: 2, arbitrary: fc.constantFrom(...CLUTTER) }, { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) });

const URLS = ['https://news.example/a', '/relative/path', '#fn1', '//cdn.example/i.png', 'javascript:__qrPwned=1', ' JaVaScRiPt:__qrPwned=1', 'vbscript:x', 'data:text/html,<script>__qrPwned=1</script>', 'data:image/png;base64,iVBORw0KGgo=', 'mailto:a@b.example', ''];
const attribute = fc.oneof(
  fc.constantFrom(...URLS).map((url) => ['href', url] as const),
  fc.constantFrom(...URLS).map((url) => ['src', url] as const),
  fc.constantFrom(...URLS).map((url) => ['srcset', `${url} 2x`] as const),
  fc.constantFrom('onerror', 'onclick', 'onload', 'onmouseover', 'ONERROR').map((name) => [name, '__qrPwned=1'] as const),
  fc.constantFrom('position:fixed;inset:0', 'display:none', 'background:url(http://127.0.0.1:9/qr-leak/)').map((style) => ['style', style] as const),
  fc.constantFrom('share-bar', 'newsletter-signup', 'related', 'donate', 'caption', 'content', 'article-body', 'sr-only').map((cls) => ['class', cls] as const),
  fc.constantFrom('main', 'fn1', 'cookie', 'location', 'getElementById').map((id) => ['id', id] as const),
  fc.constantFrom('true', 'false').map((value) => ['aria-hidden', value] as const),
  fc.constant(['hidden', ''] as const),
  fc.constantFrom('r1', 'r2').map((id) => ['data-qr-removed', id] as const),
  fc.constantFrom('fr', 'ar').map((lang) => ['lang', lang] as const),
  fc.constantFrom('rtl', 'ltr').map((dir) => ['dir', dir] as const),
);

const BLOCK_TAGS = ['div', 'section', 'article', 'aside', 'nav', 'header', 'footer', 'main', 'figure', 'blockquote', 'ul', 'ol', 'table', 'form', 'details'];
const LEAF_TAGS = ['p', 'h1', 'h2', 'h3', 'li', 'span', 'a', 'em', 'strong', 'figcaption', 'td', 'button', 'label', 'summary', 'pre', 'code'];
const VOID_OR_HOSTILE = [
  '<img src="x" onerror="__qrPwned=1">',
  '<script>__qrPwned=1</script>',
  '<iframe src="https://www.youtube.com/embed/abc"></iframe>',
  '<iframe srcdoc="<script>parent.__qrPwned=1</script>"></iframe>',
  '<svg><a xlink:href="javascript:__qrPwned=1"><text>t</text></a><animate attributeName="href" to="javascript:__qrPwned=1"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__qrPwned=1>',
  '<input autofocus onfocus="__qrPwned=1">',
  '<base href="javascript:__qrPwned=1//">',
  '<meta http-equiv="refresh" content="0;url=javascript:__qrPwned=1">',
  '<style>*{display:none}</style>',
  '<object data="data:text/html,<script>__qrPwned=1</script>"></object>',
  '<img src="https://img.example/photo.jpg" alt="A photo">',
  '<br>',
  '<hr>',
  '<video autoplay src="https://news.example/v.mp4"></video>',
  '<template><img src=x onerror=__qrPwned=1></template>',
  '<noscript><p title="</noscript><img src=x onerror=__qrPwned=1>"></noscript>',
];

const escapeText = (value: string) => value.replace(/&(?!amp;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export interface PageTree {
  tag: string;
  attrs: (readonly [string, string])[];
  children: (PageTree | string | { raw: string })[];
}

const { node } = fc.letrec<{ node: PageTree; child: PageTree | string | { raw: string } }>((tie) => ({
  node: fc.record({
    tag: fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...BLOCK_TAGS) }, { weight: 3, arbitrary: fc.constantFrom(...LEAF_TAGS) }),
    attrs: fc.array(attribute, { maxLength: 3 }),
    children: fc.array(tie('child'), { maxLength: 5 }),
  }),
  child: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: text },
    { weight: 3, arbitrary: tie('node') },
    { weight: 1, arbitrary: fc.constantFrom(...VOID_OR_HOSTILE).map((raw) => ({ raw })) },
  ),
}));

function render(tree: PageTree | string | { raw: string }): string {
  if (typeof tree === 'string') return escapeText(tree);
  if ('raw' in tree) return tree.raw;
  const attrs = tree.attrs.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
  return `<${tree.tag}${attrs}>${tree.children.map(render).join('')}</${tree.tag}>`;
}

/** A whole page: a title, a random body, and (usually) some real prose so Readability has an article. */
export const randomPage = fc
  .record({
    title: sentence,
    lang: fc.constantFrom('en', 'fr', 'ar', ''),
    body: fc.array(node, { minLength: 1, maxLength: 6 }),
    prose: fc.array(fc.array(sentence, { minLength: 2, maxLength: 6 }).map((s) => s.join(' ')), { maxLength: 8 }),
    proseFirst: fc.boolean(),
  })
  .map(({ title, lang, body, prose, proseFirst }) => {
    const article = `<article>${prose.map((p) => `<p>${escapeText(p)}</p>`).join('')}</article>`;
    const random = body.map(render).join('');
    return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>${escapeText(title)}</title></head><body>${proseFirst ? article + random : random + article}</body></html>`;
  });

const KINDS = ['hidden', 'repeated', 'appeal', 'newsletter', 'related', 'share', 'caption', 'prompt', 'nag', 'custom', 'site-memory'] as const;
const SELECTORS = ['.share-bar', 'aside', 'div > p:first-child', '[aria-hidden="true"]', 'p:has(a)', '#main', '', '   ', 'div[', '>>>', ':not(', 'a[href^="javascript"]', '*', 'p::before', '\\'];

/** Random user settings: kinds off, custom phrases (including regex syntax) and selectors (some invalid). */
export const randomSettings = fc.record({
  kindsOff: fc.subarray([...KINDS]),
  customPhrases: fc.array(fc.oneof(fc.constantFrom(...CLUTTER), fc.string({ maxLength: 20 }), fc.constantFrom('.*', '(a+)+$', '[', '\\', '$&', '__proto__')), { maxLength: 6 }),
  customSelectors: fc.array(fc.constantFrom(...SELECTORS), { maxLength: 4 }),
});
