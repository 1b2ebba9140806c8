import type { MonthFigures } from './reportTypes';

/** One bar of the chart, in the SVG's units. */
export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A month's three bars: received, answered on time, answered late. */
export interface MonthBars {
  month: number;
  received: Bar;
  onTime: Bar;
  late: Bar;
}

export const CHART = { width: 720, height: 220, top: 16, bottom: 28, left: 8, right: 8 } as const;

/**
 * The bars of the yearly chart, all months side by side, scaled to the largest figure (at least 1, so an
 * empty year draws flat bars rather than dividing by zero).
 */
export function monthBars(perMonth: readonly MonthFigures[]): { bars: MonthBars[]; max: number } {
  const max = Math.max(1, ...perMonth.flatMap((figures) => [figures.received, figures.answeredOnTime, figures.answeredLate]));
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const slot = (CHART.width - CHART.left - CHART.right) / 12;
  const barWidth = slot / 4;
  const bar = (month: number, index: number, value: number): Bar => {
    const height = (value / max) * plotHeight;
    return { x: CHART.left + (month - 1) * slot + barWidth * (index + 0.5), y: CHART.top + plotHeight - height, width: barWidth, height };
  };
  return {
    max,
    bars: perMonth.map((figures) => ({
      month: figures.month,
      received: bar(figures.month, 0, figures.received),
      onTime: bar(figures.month, 1, figures.answeredOnTime),
      late: bar(figures.month, 2, figures.answeredLate),
    })),
  };
}
