import type { Item, Person, Place } from '../core/format/types.js';
import type { UiStrings } from '../core/i18n/strings.js';

/**
 * What `<photo-exhibit>` uses of `<photo-viewer>`: its documented properties and methods, reached through the
 * tag. No class import and no instanceof, so an exhibit works with a viewer registered by another copy or
 * version of the library.
 */
export interface ViewerElement extends HTMLElement {
  items: Item[];
  people: Record<string, Person>;
  places: Record<string, Place>;
  documentLanguage?: string;
  loop: boolean;
  allowDownload: boolean;
  shareUrl?: (item: Item) => string;
  strings: Partial<UiStrings>;
  readonly index: number;
  readonly isOpen: boolean;
  /** Resolves once the photo and the viewer's controls are shown (another copy may return nothing). */
  open(index: number): void | Promise<void>;
  close(): void;
  next(): void;
  previous(): void;
  goTo(index: number): void;
}

/** The registered `<photo-viewer>` class: `prefetch` may be missing in another copy or version. */
export interface ViewerClass {
  prefetch?: (item: Item) => void;
}

let loading: Promise<unknown> | undefined;

/**
 * The viewer is a lazy chunk, not part of the entry: it loads once the exhibition is shown and the page is
 * idle (`preloadViewerWhenIdle`), or sooner when a visitor shows interest in a photo (pointer over, focus
 * on, or press on a tile). It registers `<photo-viewer>` unless a page already has one.
 */
export function loadViewer(): Promise<unknown> {
  loading ??= import('../define/photo-viewer.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Where a browser has no idle callbacks (Safari), the viewer loads this long after the exhibition shows. */
const IDLE_FALLBACK_MS = 1000;

/**
 * Loads the viewer when the browser is next idle, so that the first click on a photo does not wait for
 * its download (15 to 50 ms on a local server, a round trip or more on a network). Settles as the
 * loading does.
 */
export function preloadViewerWhenIdle(): Promise<unknown> {
  return (
    loading ??
    new Promise((resolve) => {
      const load = () => resolve(loadViewer());
      if (typeof requestIdleCallback === 'function') requestIdleCallback(load);
      else setTimeout(load, IDLE_FALLBACK_MS);
    })
  );
}
