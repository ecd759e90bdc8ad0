/** Puts `replacement` in place of `requestIdleCallback`; the function returned puts the browser's back. */
export function replaceIdleCallbacks(
  replacement: (callback: IdleRequestCallback) => number,
): () => void {
  const { requestIdleCallback: idle } = window;
  window.requestIdleCallback = replacement;
  return () => {
    if (idle) window.requestIdleCallback = idle;
    // WebKit has none: it is left without one again.
    else delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
  };
}

/** An idle period of 50 ms, 5 ms from now. */
export function longIdlePeriod(callback: IdleRequestCallback): number {
  return window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 5);
}

/**
 * Holds idle callbacks back until `release`, which gives them and any later ones long idle periods;
 * `restore` puts the browser's idle callbacks back; `held` counts the callbacks waiting.
 */
export function holdIdleCallbacks() {
  const waiting: IdleRequestCallback[] = [];
  const restore = replaceIdleCallbacks((callback) => waiting.push(callback));
  return {
    held: () => waiting.length,
    release: () => {
      window.requestIdleCallback = longIdlePeriod;
      for (const callback of waiting.splice(0)) longIdlePeriod(callback);
    },
    restore,
  };
}
