import type { WidgetTheme } from '../chat/widget-config';

/** The theme as CSS custom properties, with a text colour readable on the primary colour. */
export function themeStyle(theme: WidgetTheme): Record<string, string> {
  return {
    '--pw-primary': theme.primaryColor,
    '--pw-on-primary': readableOn(theme.primaryColor),
  };
}

/** White or near-black, whichever contrasts more with a `#RRGGBB` colour (WCAG luminance). */
export function readableOn(hex: string): string {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#111827';
}
