/**
 * Reading what people type into the form. Amounts arrive as "5880000", "5,880,000",
 * "¥5,880,000" (the form's own display), full-width "５８８００００", or in the units
 * people say: "588万", "1.2亿", "5.88M". Scaling is done on the digits, not by
 * multiplying floats, so "1.23万" is exactly 12300.
 */
export type Parsed =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "invalid"; readonly text: string };

/** Powers of ten named by a suffix: 万/萬 ten thousand, 亿/億 a hundred million, k and M. */
const SUFFIX_POWER: Readonly<Record<string, number>> = {
  万: 4,
  萬: 4,
  亿: 8,
  億: 8,
  k: 3,
  K: 3,
  m: 6,
  M: 6,
};

/** "1.23" shifted left by 4 digits → "12300" (as a decimal string, exactly). */
function shiftDecimal(int: string, frac: string, power: number): string {
  if (frac.length <= power) return int + frac.padEnd(power, "0");
  return `${int}${frac.slice(0, power)}.${frac.slice(power)}`;
}

export function parseAmount(text: string): Parsed {
  const raw = text.normalize("NFKC").trim();
  if (raw === "") return { kind: "empty" };
  const cleaned = raw
    .replace(/^(CN¥|RMB|CNY)/i, "")
    .replace(/[¥$\s,_']/g, "")
    .replace(/元$/, "");
  const m = /^([-+]?)(\d*)(?:\.(\d*))?([万萬亿億kKmM]?)$/.exec(cleaned);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return { kind: "invalid", text };
  const [, sign, int, frac = "", suffix] = m;
  const digits = shiftDecimal(int || "0", frac, suffix ? SUFFIX_POWER[suffix] : 0);
  const value = Number(`${sign}${digits}`);
  return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid", text };
}

/** A share as typed: "50", "50%", "0.5", "33.33"; NaN when it is not a number (core says so by name). */
export function parseShare(text: string): number {
  const cleaned = text.normalize("NFKC").trim().replace(/%$/, "").trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return NaN;
  return Number(cleaned);
}

/**
 * The earliest and latest plan years: Excel's dates start in 1900, and a plan starting
 * in December 9998 still ends within Excel's last date (9999-12-31).
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 9998;

export function parseYear(text: string): number | undefined {
  const cleaned = text.normalize("NFKC").trim().replace(/年$/, "");
  if (!/^\d{4}$/.test(cleaned)) return undefined;
  const y = Number(cleaned);
  return y >= FIRST_YEAR && y <= LAST_YEAR ? y : undefined;
}
