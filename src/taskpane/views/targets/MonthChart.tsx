import { weekKey, type TargetPeriod } from "../../../core/targets";
import { useWords } from "../../i18n";
import { monthLabel, weekLabel } from "./format";
import { useTargetsViewStyles } from "./TargetsView.styles";

/** Chart geometry in SVG user units; the SVG scales to the pane's width. */
const BAR = 14;
const GAP = 6;
const PLOT_HEIGHT = 72;
const LABEL_SPACE = 14;

export interface MonthChartProps {
  readonly months: readonly TargetPeriod[];
  /** Units → the amount as shown ("¥497,903"). */
  readonly show: (units: number) => string;
}

/**
 * The month targets as twelve bars: seasonality and holiday months (February, October
 * in China) stand out at a glance. Plain SVG: a chart library would cost more than
 * the rest of the view. Screen readers get the lowest and highest month; the table
 * below has every figure.
 */
export function MonthChart({ months, show }: MonthChartProps) {
  const w = useWords();
  const s = useTargetsViewStyles();
  if (months.length === 0) return null;
  const max = Math.max(1, ...months.map((m) => m.units));
  const low = months.reduce((a, b) => (b.units < a.units ? b : a));
  const high = months.reduce((a, b) => (b.units > a.units ? b : a));
  const width = months.length * (BAR + GAP);
  const summary = w.t("targets.view.chart", {
    min: show(low.units),
    minMonth: monthLabel(w.lang, low.key),
    max: show(high.units),
    maxMonth: monthLabel(w.lang, high.key),
  });
  return (
    <svg
      role="img"
      aria-label={summary}
      className={s.chart}
      viewBox={`0 0 ${width} ${PLOT_HEIGHT + LABEL_SPACE}`}
      preserveAspectRatio="xMidYMid meet"
    >
      {months.map((m, i) => {
        const h = (m.units / max) * PLOT_HEIGHT;
        const x = i * (BAR + GAP) + GAP / 2;
        return (
          <g key={m.key}>
            <rect className={s.bar} x={x} y={PLOT_HEIGHT - h} width={BAR} height={h} rx={1.5}>
              <title>
                {w.t("targets.view.bar", {
                  month: monthLabel(w.lang, m.key),
                  first: weekLabel(w.lang, weekKey(m.start)),
                  last: weekLabel(w.lang, weekKey(m.end)),
                  amount: show(m.units),
                })}
              </title>
            </rect>
            <text
              className={s.axis}
              x={x + BAR / 2}
              y={PLOT_HEIGHT + LABEL_SPACE - 3}
              textAnchor="middle"
              aria-hidden="true"
            >
              {Number(m.key.slice(5))}
            </text>
          </g>
        );
      })}
      <line className={s.baseline} x1={0} x2={width} y1={PLOT_HEIGHT} y2={PLOT_HEIGHT} />
    </svg>
  );
}
