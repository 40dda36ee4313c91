import type { Lang } from "../lang";

/**
 * The words Excel shows for one custom function: its description and each parameter's
 * description, in the three languages. The English text must equal the JSDoc the
 * metadata plugin reads (a test compares them), so the two never drift; the Chinese
 * texts are written into functions.zh-cn.json / functions.zh-tw.json at build time.
 * Function names are not localized: Chinese Excel keeps English names for built-in
 * functions too (SUM, VLOOKUP), and ids never change once shipped.
 */
export interface FunctionText {
  readonly description: { readonly [L in Lang]: string };
  readonly params: { readonly [param: string]: { readonly [L in Lang]: string } };
  /** One example formula with what it returns, for the README and the pane's help. */
  readonly example: string;
}

export type FunctionTexts = { readonly [id: string]: FunctionText };
