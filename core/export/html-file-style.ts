/**
 * The stylesheet of a downloaded .html file. The view's own stylesheet (components/view/view.css)
 * styles a dialog in a shadow root and its controls; a saved file needs only the article, the
 * same palettes and a print layout, and must be a string the CLI can use without a bundler.
 * Keep the palettes in step with view.css.
 */
export const THEME_PALETTES = {
  light: { bg: '#fbfaf7', text: '#22252a', muted: '#5d636b', rule: '#e5e1d8', accent: '#2b5f8f', panel: '#f3f1ec', scheme: 'light' },
  sepia: { bg: '#f5ecd9', text: '#3b2f21', muted: '#6b5a44', rule: '#e2d4b7', accent: '#8a4a17', panel: '#efe3c9', scheme: 'light' },
  dark: { bg: '#18191c', text: '#dedbd4', muted: '#a5a39d', rule: '#2f3136', accent: '#8fb7e0', panel: '#222428', scheme: 'dark' },
} as const;

export type ExportTheme = 'system' | keyof typeof THEME_PALETTES;

function paletteRules(palette: (typeof THEME_PALETTES)[keyof typeof THEME_PALETTES]): string {
  return `--qr-bg:${palette.bg};--qr-text:${palette.text};--qr-muted:${palette.muted};--qr-rule:${palette.rule};--qr-accent:${palette.accent};--qr-panel:${palette.panel};color-scheme:${palette.scheme};`;
}

/** Custom properties are written by us (typography settings), never taken from the page. */
function variableRules(variables: Readonly<Record<string, string>>): string {
  return Object.entries(variables)
    .filter(([name, value]) => /^--qr-[a-z-]+$/.test(name) && !/[;{}<>]/.test(value))
    .map(([name, value]) => `${name}:${value};`)
    .join('');
}

export function htmlFileStylesheet(theme: ExportTheme, typography: Readonly<Record<string, string>>): string {
  const base = theme === 'system' ? THEME_PALETTES.light : THEME_PALETTES[theme];
  const systemDark = theme === 'system' ? `@media (prefers-color-scheme: dark){:root{${paletteRules(THEME_PALETTES.dark)}}}` : '';
  return `:root{${paletteRules(base)}${variableRules(typography)}}
${systemDark}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;padding:2.5rem 1.25rem 5rem;background:var(--qr-bg);color:var(--qr-text)}
.qr-article{max-width:var(--qr-line-width,68ch);margin:0 auto;font-family:var(--qr-font,Charter,Georgia,serif);font-size:var(--qr-font-size,19px);line-height:var(--qr-line-height,1.6);overflow-wrap:break-word;hyphens:auto}
.qr-kicker{margin:0 0 .75rem;font-family:system-ui,sans-serif;font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;color:var(--qr-muted)}
.qr-title{margin:0 0 .9rem;font-size:1.9em;line-height:1.18}
.qr-meta{margin:0 0 2.4rem;padding-bottom:1.6rem;border-bottom:1px solid var(--qr-rule);font-family:system-ui,sans-serif;font-size:.8rem;color:var(--qr-muted)}
.qr-meta span+span::before{content:'·';margin:0 .5em}
.qr-content p,.qr-content ul,.qr-content ol,.qr-content dl,.qr-content pre,.qr-content table,.qr-content figure,.qr-content blockquote{margin:0 0 1.15em}
.qr-content h1,.qr-content h2,.qr-content h3,.qr-content h4,.qr-content h5,.qr-content h6{margin:1.8em 0 .6em;line-height:1.25}
.qr-content h2{font-size:1.4em}.qr-content h3{font-size:1.2em}.qr-content h4,.qr-content h5,.qr-content h6{font-size:1em}
.qr-content a{color:var(--qr-accent)}
.qr-content img,.qr-content svg,.qr-content picture{max-width:100%;height:auto}
.qr-content figure{margin-inline:0}.qr-content figure img{display:block;margin:0 auto}
.qr-content figcaption{margin-top:.5em;font-family:system-ui,sans-serif;font-size:.78em;color:var(--qr-muted)}
.qr-content blockquote{margin-inline:0;padding:.1em 0 .1em 1.1em;border-inline-start:3px solid var(--qr-rule);color:var(--qr-muted);font-style:italic}
.qr-content table{border-collapse:collapse;font-family:system-ui,sans-serif;font-size:.82em}
.qr-content th,.qr-content td{padding:.45em .9em .45em 0;border-bottom:1px solid var(--qr-rule);text-align:start;vertical-align:top}
.qr-content pre,.qr-content code{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:.85em}
.qr-content pre{overflow-x:auto;padding:.9em 1em;background:var(--qr-panel);border-radius:4px}
.qr-saved{max-width:var(--qr-line-width,68ch);margin:3rem auto 0;padding-top:1rem;border-top:1px solid var(--qr-rule);font-family:system-ui,sans-serif;font-size:.8rem;color:var(--qr-muted)}
.qr-saved a{color:inherit}
@media print{
body{padding:0;background:#fff;color:#000}
:root{--qr-muted:#444;--qr-rule:#bbb;--qr-accent:#000}
.qr-content a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;word-break:break-all}
.qr-content h1,.qr-content h2,.qr-content h3,.qr-content h4{break-after:avoid}
.qr-content figure,.qr-content pre,.qr-content blockquote,.qr-content tr,.qr-content img{break-inside:avoid}
.qr-content p{orphans:3;widows:3}
}`;
}
