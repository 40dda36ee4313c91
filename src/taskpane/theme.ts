import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance of a #rrggbb colour (WCAG), to tell a dark Office theme from a light one. */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Follows Office's theme where the host tells it (Office.context.officeTheme): a dark
 * body background gives Fluent's dark theme, anything else the light one.
 */
export function themeFor(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  const bg = officeTheme?.bodyBackgroundColor;
  return bg && luminance(bg) < 0.2 ? webDarkTheme : webLightTheme;
}
