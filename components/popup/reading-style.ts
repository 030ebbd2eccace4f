import type { Typography } from '../../utils/settings/defaults';

const FONT_STACKS: Record<Typography['fontFamily'], string> = {
  serif: "Charter, 'Iowan Old Style', Georgia, 'Times New Roman', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif",
  system: 'system-ui, sans-serif',
  mono: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
};

/**
 * CSS variables for a reading pane from the user's typography. `scale` shrinks the size for the
 * popup's narrow pane, so the same setting still reads as "bigger" or "smaller" there.
 */
export function readingStyle(typography: Typography, scale = 1): Record<string, string> {
  return {
    '--qr-reading-font': FONT_STACKS[typography.fontFamily],
    '--qr-reading-size': `${Math.round(typography.fontSize * scale * 10) / 10}px`,
    '--qr-reading-line-height': String(typography.lineHeight),
    '--qr-reading-width': `${typography.lineWidth}ch`,
  };
}
