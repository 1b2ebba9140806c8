import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startLiveRefresh, type PageVisibility } from './liveRefresh';

/** A page whose visibility the test sets, telling its listeners as a document would. */
function fakePage(hidden = false): PageVisibility & { show(): void; hide(): void; listeners: number } {
  const listeners = new Set<() => void>();
  const set = (value: boolean) => {
    hidden = value;
    listeners.forEach((listener) => listener());
  };
  return {
    isHidden: () => hidden,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show: () => set(false),
    hide: () => set(true),
    get listeners() {
      return listeners.size;
    },
  };
}

const SECOND = 1000;

describe('the queue’s live refresh', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('refreshes at every interval while the page is seen', () => {
    const refresh = vi.fn();
    startLiveRefresh({ refresh, intervalMs: 45 * SECOND, visibility: fakePage() });
    vi.advanceTimersByTime(44 * SECOND);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SECOND);
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(90 * SECOND);
    expect(refresh).toHaveBeenCalledTimes(3);
  });

  test('asks nothing while the tab is hidden, and catches up at once when it is seen again', () => {
    const refresh = vi.fn();
    const page = fakePage();
    startLiveRefresh({ refresh, intervalMs: 45 * SECOND, visibility: page });
    vi.advanceTimersByTime(10 * SECOND);
    page.hide();
    vi.advanceTimersByTime(10 * 60 * SECOND);
    expect(refresh).not.toHaveBeenCalled();
    page.show();
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(45 * SECOND);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  test('a short glance away does not refresh twice: it waits for the rest of the interval', () => {
    const refresh = vi.fn();
    const page = fakePage();
    startLiveRefresh({ refresh, intervalMs: 45 * SECOND, visibility: page });
    vi.advanceTimersByTime(20 * SECOND);
    page.hide();
    vi.advanceTimersByTime(5 * SECOND);
    page.show();
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(19 * SECOND);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SECOND);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  test('a page opened in a background tab starts when it is first seen', () => {
    const refresh = vi.fn();
    const page = fakePage(true);
    startLiveRefresh({ refresh, intervalMs: 45 * SECOND, visibility: page });
    vi.advanceTimersByTime(10 * 60 * SECOND);
    expect(refresh).not.toHaveBeenCalled();
    page.show();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  test('stopping it ends the timer and the listening', () => {
    const refresh = vi.fn();
    const page = fakePage();
    const stop = startLiveRefresh({ refresh, intervalMs: 45 * SECOND, visibility: page });
    stop();
    expect(page.listeners).toBe(0);
    vi.advanceTimersByTime(10 * 60 * SECOND);
    expect(refresh).not.toHaveBeenCalled();
  });
});
