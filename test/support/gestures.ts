// Synthetic pointer and wheel gestures. Classic WebDriver (WebKit) cannot be relied on for multi-touch or wheel
// actions, so swipe, pinch, tap and wheel tests dispatch the events themselves, the same way in every browser.
// Every event of a gesture goes to the element it started on, as pointer capture would send it.

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface PointerOptions {
  readonly pointerId?: number;
  readonly pointerType?: 'mouse' | 'touch' | 'pen';
  /** Steps between the start and the end of a move. */
  readonly steps?: number;
}

type PointerType = 'pointerdown' | 'pointermove' | 'pointerup' | 'pointercancel';

/** The centre of an element in client coordinates. */
export function centerOf(element: Element): Point {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** A point at fractions of an element's box: `pointIn(el, 0.25, 0.5)` is a quarter across, half down. */
export function pointIn(element: Element, fractionX: number, fractionY: number): Point {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width * fractionX, y: rect.top + rect.height * fractionY };
}

export function dispatchPointer(
  target: Element,
  type: PointerType,
  point: Point,
  { pointerId = 1, pointerType = 'touch' }: PointerOptions = {},
): void {
  const down = type === 'pointerdown' || type === 'pointermove';
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      cancelable: true,
      pointerId,
      pointerType,
      isPrimary: pointerId === 1,
      button: type === 'pointermove' ? -1 : 0,
      buttons: down ? 1 : 0,
      clientX: point.x,
      clientY: point.y,
    }),
  );
}

function between(from: Point, to: Point, fraction: number): Point {
  return { x: from.x + (to.x - from.x) * fraction, y: from.y + (to.y - from.y) * fraction };
}

/** One pointer pressed at `from`, moved in steps to `to`, released there: a swipe, a drag or a pan. */
export function drag(target: Element, from: Point, to: Point, options: PointerOptions = {}): void {
  const steps = options.steps ?? 6;
  dispatchPointer(target, 'pointerdown', from, options);
  for (let step = 1; step <= steps; step++) {
    dispatchPointer(target, 'pointermove', between(from, to, step / steps), options);
  }
  dispatchPointer(target, 'pointerup', to, options);
}

/** A press and release without movement, then the click the browser would send. */
export function tap(target: Element, point: Point, options: PointerOptions = {}): void {
  dispatchPointer(target, 'pointerdown', point, options);
  dispatchPointer(target, 'pointerup', point, options);
  target.dispatchEvent(
    new MouseEvent('click', {
      bubbles: true,
      composed: true,
      cancelable: true,
      clientX: point.x,
      clientY: point.y,
    }),
  );
}

/** Two taps in quick succession: a double-tap (touch) or, with pointerType 'mouse', a double-click. */
export function doubleTap(target: Element, point: Point, options: PointerOptions = {}): void {
  tap(target, point, options);
  tap(target, point, options);
}

/**
 * Two fingers placed symmetrically about `center`, `startDistance` apart on a horizontal line, moved in
 * steps until they are `endDistance` apart, then lifted: a pinch (spread when endDistance is larger).
 */
export function pinch(
  target: Element,
  center: Point,
  startDistance: number,
  endDistance: number,
  steps = 6,
): void {
  const fingers = (distance: number): [Point, Point] => [
    { x: center.x - distance / 2, y: center.y },
    { x: center.x + distance / 2, y: center.y },
  ];
  const [firstStart, secondStart] = fingers(startDistance);
  dispatchPointer(target, 'pointerdown', firstStart, { pointerId: 1 });
  dispatchPointer(target, 'pointerdown', secondStart, { pointerId: 2 });
  for (let step = 1; step <= steps; step++) {
    const [first, second] = fingers(startDistance + ((endDistance - startDistance) * step) / steps);
    dispatchPointer(target, 'pointermove', first, { pointerId: 1 });
    dispatchPointer(target, 'pointermove', second, { pointerId: 2 });
  }
  const [firstEnd, secondEnd] = fingers(endDistance);
  dispatchPointer(target, 'pointerup', secondEnd, { pointerId: 2 });
  dispatchPointer(target, 'pointerup', firstEnd, { pointerId: 1 });
}

/** A wheel turn at a point; `ctrlKey` is what trackpad pinches and Ctrl+wheel send. Returns the event. */
export function wheel(
  target: Element,
  point: Point,
  deltaY: number,
  modifiers: { ctrlKey?: boolean; metaKey?: boolean } = {},
): WheelEvent {
  const event = new WheelEvent('wheel', {
    bubbles: true,
    composed: true,
    cancelable: true,
    clientX: point.x,
    clientY: point.y,
    deltaY,
    deltaMode: WheelEvent.DOM_DELTA_PIXEL,
    ...modifiers,
  });
  target.dispatchEvent(event);
  return event;
}
