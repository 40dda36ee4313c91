import {
  Button,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { memo, useId } from "react";
import type { SplitKind } from "../../../core/targets";
import { useWords } from "../../i18n";
import { newRow, sharesOf, type ShareRow } from "./form";
import { useTargetsViewStyles } from "./TargetsView.styles";

export interface SharesTableProps {
  readonly kind: SplitKind;
  readonly rows: readonly ShareRow[];
  readonly onChange: (rows: readonly ShareRow[]) => void;
  /** The list's problem (shares that do not add up to 100%, a missing name), live. */
  readonly message?: string;
}

const WORDS = {
  market: {
    title: "targets.param.markets",
    name: "targets.view.marketName",
    share: "targets.view.marketShare",
    remove: "targets.view.removeMarket",
    add: "targets.view.addMarket",
  },
  tier: {
    title: "targets.param.tiers",
    name: "targets.view.tierName",
    share: "targets.view.tierShare",
    remove: "targets.view.removeTier",
    add: "targets.view.addTier",
  },
} as const;

/**
 * Markets or client tiers as a small editable table: a name and a share per row, rows
 * added and removed, and under it whether the shares add up to 100%, as they are typed.
 * The message is a Field's validation message outside the table: a Field around the
 * table would hand its label to every input inside. Memoised, like the other sections.
 */
export const SharesTable = memo(function SharesTable({
  kind,
  rows,
  onChange,
  message,
}: SharesTableProps) {
  const w = useWords();
  const s = useTargetsViewStyles();
  const headingId = useId();
  const k = WORDS[kind];
  const set = (id: number, change: Partial<ShareRow>) =>
    onChange(rows.map((r) => (r.id === id ? { ...r, ...change } : r)));
  const filled = sharesOf(rows).length > 0;

  return (
    <div className={s.section} role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className={s.subheading}>
        {w.t(k.title)}
      </h3>
      {rows.length > 0 && (
        <Table size="extra-small" aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{w.t("targets.view.name")}</TableHeaderCell>
              <TableHeaderCell className={s.shareCol}>
                {w.t("targets.view.sharePercent")}
              </TableHeaderCell>
              <TableHeaderCell className={s.removeCol} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r, i) => (
              <TableRow key={r.id}>
                <TableCell>
                  <Input
                    size="small"
                    aria-label={w.t(k.name, { n: i + 1 })}
                    value={r.name}
                    onChange={(_, d) => set(r.id, { name: d.value })}
                  />
                </TableCell>
                <TableCell className={s.shareCol}>
                  <Input
                    size="small"
                    inputMode="decimal"
                    aria-label={w.t(k.share, { n: i + 1 })}
                    value={r.share}
                    onChange={(_, d) => set(r.id, { share: d.value })}
                  />
                </TableCell>
                <TableCell className={s.removeCol}>
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={w.t(k.remove, { n: i + 1 })}
                    onClick={() => onChange(rows.filter((x) => x.id !== r.id))}
                  >
                    ✕
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {filled && (
        <Field
          validationState={message ? "error" : "success"}
          validationMessage={message ?? w.t("targets.view.sharesOk")}
        />
      )}
      <div>
        <Button size="small" onClick={() => onChange([...rows, newRow()])}>
          {w.t(k.add)}
        </Button>
      </div>
    </div>
  );
});
