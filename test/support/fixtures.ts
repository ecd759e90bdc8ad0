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
