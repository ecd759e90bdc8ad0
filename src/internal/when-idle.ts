import { afterNextFrame } from './next-frame.js';

/**
 * Resolves in the browser's next idle period, or after `maxMs` at the latest on a busy page: work that can
 * wait leaves the frames and tasks before it alone. Without idle callbacks (Safari), after the next frame.
 */
export function whenIdle(maxMs: number): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return afterNextFrame();
  return new Promise((resolve) => {
    requestIdleCallback(() => resolve(), { timeout: maxMs });
  });
}
