/** Whether the page is seen, and its changes: the document's visibility, or a fake in tests. */
export interface PageVisibility {
  isHidden(): boolean;
  /** Calls `listener` at each change; answers the unsubscription. */
  onChange(listener: () => void): () => void;
}

export const documentVisibility: PageVisibility = {
  isHidden: () => document.visibilityState === 'hidden',
  onChange(listener) {
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

/**
 * Calls `refresh` every `intervalMs` while the page is seen. A hidden tab asks nothing (a queue nobody
 * looks at needs no requests, and a console left open all night would otherwise poll for hours); seen
 * again, it refreshes at once if the last refresh is older than the interval, else when the interval
 * ends, then keeps its rhythm. Answers the function that stops it.
 */
export function startLiveRefresh({ refresh, intervalMs, visibility }: { refresh: () => void; intervalMs: number; visibility: PageVisibility }): () => void {
  let refreshedAt = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = (delayMs: number) => {
    clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
  };
  const tick = () => {
    refreshedAt = Date.now();
    refresh();
    wait(intervalMs);
  };
  const onVisibilityChange = () => {
    if (visibility.isHidden()) {
      clearTimeout(timer);
      return;
    }
    const elapsed = Date.now() - refreshedAt;
    if (elapsed >= intervalMs) tick();
    else wait(intervalMs - elapsed);
  };
  const unsubscribe = visibility.onChange(onVisibilityChange);
  if (!visibility.isHidden()) wait(intervalMs);
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
