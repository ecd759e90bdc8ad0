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
  open(index: number): void;
  close(): void;
  next(): void;
  previous(): void;
  goTo(index: number): void;
}

let loading: Promise<unknown> | undefined;

/**
 * The viewer is a lazy chunk: nothing of it loads before a visitor shows interest in a photo (pointer over,
 * focus on, or press on a tile), and it registers `<photo-viewer>` unless a page already has one.
 */
export function loadViewer(): Promise<unknown> {
  loading ??= import('../define/photo-viewer.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
