import type { Typography } from '../../utils/settings/defaults';

/** Font stacks per setting; each ends in a generic family, so every system has a match. */
const FONT_STACKS: Record<Typography['fontFamily'], string> = {
  serif: "Charter, 'Bitstream Charter', 'Iowan Old Style', 'Source Serif Pro', Georgia, 'DejaVu Serif', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'DejaVu Sans', sans-serif",
  system: 'system-ui, sans-serif',
  mono: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
};

/** The CSS font-family list for a typography setting. */
export function fontStackOf(typography: Pick<Typography, 'fontFamily'>): string {
  return FONT_STACKS[typography.fontFamily] ?? FONT_STACKS.serif;
}

/** The view's typography as CSS custom properties, set on the dialog so a change restyles live. */
export function typographyVariables(typography: Typography): Record<string, string> {
  return {
    '--qr-font': fontStackOf(typography),
    '--qr-font-size': `${typography.fontSize}px`,
    '--qr-line-width': `${typography.lineWidth}ch`,
    '--qr-line-height': String(typography.lineHeight),
  };
}
