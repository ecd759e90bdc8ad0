import { nextTask } from './next-task.js';

/** A page in a background tab draws no frames: afterNextFrame resolves this long after its call. */
const NO_FRAME_FALLBACK_MS = 100;

/**
 * Resolves in a task posted from the next animation frame, which runs once that frame has been drawn: work
 * that can wait goes there so it does not delay what the frame shows.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, NO_FRAME_FALLBACK_MS);
    requestAnimationFrame(
      () =>
        void nextTask().then(() => {
          clearTimeout(fallback);
          resolve();
        }),
    );
  });
}
