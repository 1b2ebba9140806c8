import { describe, expect, test } from 'vitest';
import { CHART, monthBars } from './reportChart';

const month = (m: number, received = 0, answeredOnTime = 0, answeredLate = 0) => ({ month: m, received, answeredOnTime, answeredLate });

describe('the yearly chart', () => {
  test('bars are scaled to the largest figure and stand on the same base line', () => {
    const { bars, max } = monthBars([month(1, 4, 3, 1), month(2, 2, 0, 2)]);
    expect(max).toBe(4);
    const plot = CHART.height - CHART.top - CHART.bottom;
    expect(bars[0]!.received.height).toBe(plot);
    expect(bars[0]!.late.height).toBe(plot / 4);
    expect(bars[1]!.onTime.height).toBe(0);
    for (const bar of [bars[0]!.received, bars[0]!.late, bars[1]!.onTime]) expect(bar.y + bar.height).toBe(CHART.top + plot);
  });

  test('months sit side by side from January, within the chart', () => {
    const { bars } = monthBars(Array.from({ length: 12 }, (_, index) => month(index + 1, 1)));
    expect(bars[1]!.received.x).toBeGreaterThan(bars[0]!.late.x);
    expect(bars[11]!.late.x + bars[11]!.late.width).toBeLessThanOrEqual(CHART.width - CHART.right);
  });

  test('an empty year draws flat bars', () => {
    const { bars, max } = monthBars([month(1)]);
    expect(max).toBe(1);
    expect(bars[0]!.received.height).toBe(0);
  });
});
