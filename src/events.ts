import type { Exhibition, Item, Problem } from './core/format/types.js';

/** What went wrong when an exhibition could not be shown. */
export type ExhibitErrorKind = 'network' | 'parse' | 'invalid';

export interface PhotoExhibitLoadDetail {
  readonly exhibition: Exhibition;
  readonly problems: readonly Problem[];
}

export interface PhotoExhibitErrorDetail {
  readonly kind: ExhibitErrorKind;
  readonly message: string;
  readonly problems: readonly Problem[];
  /** The HTTP status of a failed `src` request, when the server answered. */
  readonly status?: number;
}

export interface PhotoDetail {
  readonly id: string;
  /** 0-based position in the whole exhibition. */
  readonly index: number;
  readonly item: Item;
}

const eventInit = { bubbles: true, composed: true } as const;

/** Fired by `<photo-exhibit>` once an exhibition has rendered. */
export class PhotoExhibitLoadEvent extends Event {
  static readonly eventName = 'photo-exhibit-load';
  constructor(readonly detail: PhotoExhibitLoadDetail) {
    super(PhotoExhibitLoadEvent.eventName, eventInit);
  }
}

/** Fired by `<photo-exhibit>` when an exhibition cannot be shown: network, parse or validation failure. */
export class PhotoExhibitErrorEvent extends Event {
  static readonly eventName = 'photo-exhibit-error';
  constructor(readonly detail: PhotoExhibitErrorDetail) {
    super(PhotoExhibitErrorEvent.eventName, eventInit);
  }
}

/** Fired before a photo opens in the viewer; cancel it to use a viewer of your own. */
export class PhotoOpenEvent extends Event {
  static readonly eventName = 'photo-open';
  constructor(readonly detail: PhotoDetail) {
    super(PhotoOpenEvent.eventName, { ...eventInit, cancelable: true });
  }
}

/** Fired when the photo shown (in the viewer or the slideshow) changes. */
export class PhotoChangeEvent extends Event {
  static readonly eventName = 'photo-change';
  constructor(readonly detail: PhotoDetail) {
    super(PhotoChangeEvent.eventName, eventInit);
  }
}

/** Fired when the viewer closes. */
export class PhotoCloseEvent extends Event {
  static readonly eventName = 'photo-close';
  constructor(readonly detail: PhotoDetail) {
    super(PhotoCloseEvent.eventName, eventInit);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'photo-exhibit-load': PhotoExhibitLoadEvent;
    'photo-exhibit-error': PhotoExhibitErrorEvent;
    'photo-open': PhotoOpenEvent;
    'photo-change': PhotoChangeEvent;
    'photo-close': PhotoCloseEvent;
  }
}
