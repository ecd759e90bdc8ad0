/**
 * The tile an arrow, Home or End key moves to from the tile button `from` (0-based; clamped to the
 * `count` tiles), or undefined for any other key. Arrows follow the reading direction.
 */
export function keyTarget(
  key: string,
  from: HTMLElement,
  active: number,
  count: number,
): number | undefined {
  const rtl = getComputedStyle(from).direction === 'rtl';
  let next: number | undefined;
  if (key === (rtl ? 'ArrowLeft' : 'ArrowRight')) next = active + 1;
  else if (key === (rtl ? 'ArrowRight' : 'ArrowLeft')) next = active - 1;
  else if (key === 'Home') next = 0;
  else if (key === 'End') next = count - 1;
  else if (key === 'ArrowDown' || key === 'ArrowUp') {
    next = verticalNeighbour(from, key === 'ArrowDown' ? 1 : -1);
  }
  return next === undefined ? undefined : Math.max(0, Math.min(count - 1, next));
}

/**
 * The tile in the row below (or above) `from` whose centre is closest horizontally, as its 0-based index.
 * Only `from`'s block and the next (or previous) one are measured, so a key press costs the same in an
 * exhibition of 10 or 10,000 photos.
 */
export function verticalNeighbour(from: HTMLElement, direction: 1 | -1): number | undefined {
  const block = from.closest('.block');
  if (!block) return undefined;
  const adjacent = adjacentBlock(block, direction);
  const blocks = direction === 1 ? [block, adjacent] : [adjacent, block];
  const buttons = blocks.flatMap((element) =>
    element ? [...element.querySelectorAll<HTMLElement>('.tile > .open')] : [],
  );
  const origin = from.getBoundingClientRect();
  const centre = origin.left + origin.width / 2;
  let best: { index: number; rowTop: number; distance: number } | undefined;
  for (
    let position = buttons.indexOf(from) + direction;
    position >= 0 && position < buttons.length;
    position += direction
  ) {
    const rect = buttons[position]!.getBoundingClientRect();
    const isOtherRow =
      direction === 1 ? rect.top >= origin.bottom - 1 : rect.bottom <= origin.top + 1;
    if (!isOtherRow) continue;
    if (best && Math.abs(rect.top - best.rowTop) > 1) break;
    const distance = Math.abs(rect.left + rect.width / 2 - centre);
    const index = Number(buttons[position]!.closest<HTMLElement>('.tile')!.dataset.index);
    if (!best || distance < best.distance)
      best = { index, rowTop: best?.rowTop ?? rect.top, distance };
  }
  return best?.index;
}

/** The block after (or before) `block`, in the next (or previous) section when it is the last (first). */
function adjacentBlock(block: Element, direction: 1 | -1): Element | undefined {
  const sibling = direction === 1 ? block.nextElementSibling : block.previousElementSibling;
  if (sibling?.classList.contains('block')) return sibling;
  const section = block.closest('.section');
  const nextSection =
    direction === 1 ? section?.nextElementSibling : section?.previousElementSibling;
  if (!nextSection?.classList.contains('section')) return undefined;
  const blocks = nextSection.querySelectorAll('.block');
  return (direction === 1 ? blocks[0] : blocks[blocks.length - 1]) ?? undefined;
}
