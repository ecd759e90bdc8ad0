/** Fixtures are served by the test server; tests fetch them like a host page would. */
export async function loadFixture(name: string): Promise<unknown> {
  const response = await fetch(new URL(`/test/fixtures/${name}`, location.href));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.json();
}

export function fixtureUrl(name: string): string {
  return new URL(`/test/fixtures/${name}`, location.href).href;
}

/** Resolves with the next event of that type on the target. */
export function nextEvent<T extends Event>(
  target: EventTarget,
  type: string,
  timeout = 8000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${type} event within ${timeout} ms`)),
      timeout,
    );
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as T);
      },
      { once: true },
    );
  });
}

/** The visible text of an element's shadow tree, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Polls until the condition holds (for effects that follow network events, such as an image failing). */
export async function until(condition: () => boolean, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** WCAG contrast ratio of an element's text over a background colour, blending the element's opacity. */
export function contrastRatio(element: Element, background: string): number {
  const parse = (color: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
    return { r, g, b, a };
  };
  const style = getComputedStyle(element);
  const text = parse(style.color);
  const base = parse(background);
  const alpha = text.a * Number(style.opacity);
  const mix = (channel: 'r' | 'g' | 'b') => text[channel] * alpha + base[channel] * (1 - alpha);
  const luminance = (r: number, g: number, b: number) => {
    const linear = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const foreground = luminance(mix('r'), mix('g'), mix('b'));
  const back = luminance(base.r, base.g, base.b);
  return (Math.max(foreground, back) + 0.05) / (Math.min(foreground, back) + 0.05);
}

/**
 * Calls `onRequest` with every URL a script gives an image through its `src` property (as `new Image()`
 * loads do; rendered `<img>` attributes are not seen) until the returned function restores the property.
 */
export function watchImageRequests(onRequest: (url: string) => void): () => void {
  const source = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
  Object.defineProperty(HTMLImageElement.prototype, 'src', {
    ...source,
    set(this: HTMLImageElement, value: string) {
      onRequest(value);
      source.set!.call(this, value);
    },
  });
  return () => Object.defineProperty(HTMLImageElement.prototype, 'src', source);
}
