/** One bar: what it is, its length, and its value as written next to it. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  valueText: string;
}

const WIDTH = 640;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 150;
const ROW = 30;
const BAR = 18;
const GAP = 8;

/**
 * Horizontal bars in plain SVG, drawn with the DSFR's colours (they follow the light or dark theme). It is
 * one image for assistive technologies, described by `summary`: the figures themselves are in the table
 * that goes with every chart.
 */
export const BarChart = ({ bars, summary }: { bars: readonly Bar[]; summary: string }) => {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const room = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 2 * GAP;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`} width="100%" style={{ maxWidth: WIDTH, display: 'block' }} role="img" aria-label={summary}>
      {bars.map((bar, index) => {
        const length = Math.round((bar.value / max) * room);
        return (
          <g key={bar.key} transform={`translate(0 ${index * ROW})`}>
            <text x={LABEL_WIDTH} y={ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize={13} fill="var(--text-default-grey)">
              {bar.label}
            </text>
            <rect x={LABEL_WIDTH + GAP} y={(ROW - BAR) / 2} width={length} height={BAR} fill="var(--background-action-high-blue-france)" />
            <text x={LABEL_WIDTH + 2 * GAP + length} y={ROW / 2} dominantBaseline="middle" fontSize={13} fill="var(--text-default-grey)">
              {bar.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
