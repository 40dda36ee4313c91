import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
} from "@fluentui/react-components";
import { memo, type ReactNode } from "react";
import {
  showPercent,
  unitsToAmount,
  type Breakdown,
  type SplitTotal,
  type TargetPeriod,
} from "../../../core/targets";
import { useWords } from "../../i18n";
import { dateLabel, monthLabel, moneyFormat, quarterLabel } from "./format";
import { MonthChart } from "./MonthChart";
import { useTargetsViewStyles } from "./TargetsView.styles";

interface Column {
  readonly header: string;
  readonly numeric?: boolean;
}

/** A compact table with a bold total row; its accessible name is its title. */
function SmallTable({
  title,
  columns,
  rows,
  total,
}: {
  title: string;
  columns: readonly Column[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
  total?: readonly ReactNode[];
}) {
  const s = useTargetsViewStyles();
  const cell = (c: ReactNode, j: number, bold = false) => (
    <TableCell key={j} className={mergeClasses(columns[j].numeric && s.number, bold && s.total)}>
      {c}
    </TableCell>
  );
  return (
    <Table size="extra-small" aria-label={title}>
      <TableHeader>
        <TableRow>
          {columns.map((c) => (
            <TableHeaderCell key={c.header} className={c.numeric ? s.number : undefined}>
              {c.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>{r.cells.map((c, j) => cell(c, j))}</TableRow>
        ))}
        {total && <TableRow>{total.map((c, j) => cell(c, j, true))}</TableRow>}
      </TableBody>
    </Table>
  );
}

/**
 * What the write will produce, recomputed as the user types: quarter and month totals
 * (with a bar chart of the months) and each market's and tier's share of the year.
 * Memoised: typing elsewhere does not redraw it until the breakdown changes.
 */
export const Preview = memo(function Preview({
  breakdown: b,
  stale,
}: {
  breakdown?: Breakdown;
  stale: boolean;
}) {
  const w = useWords();
  const s = useTargetsViewStyles();
  if (!b) return <Caption1 className={s.muted}>{w.t("targets.view.previewEmpty")}</Caption1>;

  const money = moneyFormat(w.lang, b.unit);
  const show = (units: number) => money(unitsToAmount(units, b.unit));
  const workingDays = b.days.filter((d) => d.working).length;
  const periodRows = (periods: readonly TargetPeriod[], label: (key: string) => string) =>
    periods.map((p) => ({
      key: p.key,
      cells: [label(p.key), w.number(p.workingDays), show(p.units)],
    }));
  const periodColumns = (first: string): Column[] => [
    { header: first },
    { header: w.t("targets.col.workingDays"), numeric: true },
    { header: w.t("targets.col.target"), numeric: true },
  ];
  const total = [w.t("targets.cli.total"), w.number(workingDays), show(b.annualUnits)];
  const splitTable = (title: string, first: string, split: readonly SplitTotal[]) =>
    split.length > 0 && (
      <SmallTable
        title={title}
        columns={[
          { header: first },
          { header: w.t("targets.col.share"), numeric: true },
          { header: w.t("targets.col.target"), numeric: true },
        ]}
        rows={split.map((x) => ({
          key: x.name,
          cells: [x.name, `${showPercent(x.percent)}%`, show(x.units)],
        }))}
      />
    );

  return (
    <div className={mergeClasses(s.section, stale && s.stale)}>
      {stale && <Caption1>{w.t("targets.view.previewStale")}</Caption1>}
      <Caption1>
        {w.t("targets.view.previewSummary", {
          days: w.number(workingDays),
          start: dateLabel(w.lang, b.start),
          end: dateLabel(w.lang, b.end),
        })}
      </Caption1>
      <MonthChart months={b.months} show={show} />
      <SmallTable
        title={w.t("targets.cli.quarters")}
        columns={periodColumns(w.t("targets.col.quarter"))}
        rows={periodRows(b.quarters, (k) => quarterLabel(w.lang, k))}
        total={total}
      />
      <SmallTable
        title={w.t("targets.cli.months")}
        columns={periodColumns(w.t("targets.col.month"))}
        rows={periodRows(b.months, (k) => monthLabel(w.lang, k))}
        total={total}
      />
      {splitTable(w.t("targets.cli.markets"), w.t("targets.col.market"), b.markets)}
      {splitTable(w.t("targets.cli.tiers"), w.t("targets.col.tier"), b.tiers)}
    </div>
  );
});
