import { useEffect, useRef } from 'react';
import { documentVisibility, startLiveRefresh } from './liveRefresh';

/** Calls `refresh` every `intervalMs` while the page is seen (liveRefresh.ts), from mount to unmount. */
export function useLiveRefresh(refresh: () => void, intervalMs: number): void {
  // The latest callback, without restarting the rhythm at each render.
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });
  useEffect(() => startLiveRefresh({ refresh: () => latest.current(), intervalMs, visibility: documentVisibility }), [intervalMs]);
}
