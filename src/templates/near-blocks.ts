/**
 * Which blocks of tiles are near the viewport, so have image nodes: those marked near by the exhibit (the
 * first screens, a focused tile) and those an intersection observer sees come within a screen of the
 * viewport. Blocks are named by their first tile's index (`data-first`). Once near, a block stays near.
 */
export class NearBlocks {
  readonly #near = new Set<number>();
  #observer?: IntersectionObserver;
  /** Every block counts as near (printing). */
  all = false;

  /** `changed` runs after blocks came near, once per batch of observations. */
  constructor(private readonly changed: () => void) {}

  has(first: number): boolean {
    return this.all || this.#near.has(first);
  }

  add(first: number): void {
    this.#near.add(first);
  }

  /** Watches a rendered block (a `ref` callback, so it runs once per block element). */
  observe = (block: Element | undefined): void => {
    if (!block) return;
    this.#observer ??= new IntersectionObserver(this.#seen, { rootMargin: '100% 0px' });
    this.#observer.observe(block);
  };

  /** Stops watching (the exhibit left the page); `observe` starts again. */
  disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #seen = (entries: IntersectionObserverEntry[]) => {
    let changed = false;
    for (const entry of entries) {
      const first = Number((entry.target as HTMLElement).dataset.first);
      if (!entry.isIntersecting || this.#near.has(first)) continue;
      this.#near.add(first);
      this.#observer?.unobserve(entry.target);
      changed = true;
    }
    if (changed) this.changed();
  };
}
