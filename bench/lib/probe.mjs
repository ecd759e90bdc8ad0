// The in-page probe: injected before any page script (puppeteer's evaluateOnNewDocument), the same for
// every system; only where it looks differs (`kind`). It must stay self-contained: puppeteer sends the
// function's source to the page. Times are `performance.now()`, i.e. milliseconds since navigation start.

export function installProbe({ kind, clickIndex }) {
  const bench = { kind, firstScreen: undefined, longTasks: [], shifts: [], errors: [] };
  Object.defineProperty(window, '__bench', { value: bench });

  const exhibitRoot = () => document.querySelector('photo-exhibit')?.shadowRoot ?? null;
  /** Where the tiles and their captions live: the exhibit's shadow root, else the document. */
  const tileRoot = () => (kind === 'exhibit' ? exhibitRoot() : document);
  const tileSelector = kind === 'react-photo-album' ? '.react-photo-album--photo' : '.tile';
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  /** What moved: the largest few sources of a shift, with their rectangles (for the JSON report). */
  const describeSources = (sources) =>
    [...sources]
      .sort(
        (a, b) =>
          b.currentRect.height * b.currentRect.width - a.currentRect.height * a.currentRect.width,
      )
      .slice(0, 3)
      .map(({ node, previousRect, currentRect }) => ({
        node: node
          ? `${node.nodeName.toLowerCase()}${node.className ? `.${String(node.className).trim().replaceAll(/\s+/g, '.')}` : ''}${node.getRootNode?.() instanceof ShadowRoot ? ' (shadow)' : ''}`
          : null,
        from: { top: Math.round(previousRect.top), height: Math.round(previousRect.height) },
        to: { top: Math.round(currentRect.top), height: Math.round(currentRect.height) },
      }));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.shifts.push({
        time: entry.startTime,
        value: entry.value,
        recent: entry.hadRecentInput,
        sources: describeSources(entry.sources ?? []),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  const inViewport = (element) => {
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < window.innerHeight &&
      box.left < window.innerWidth
    );
  };

  // First screen: the first frame in which the first tile is laid out, with a size, in the viewport.
  const watchFirstScreen = () => {
    const tile = tileRoot()?.querySelector(tileSelector);
    if (tile && inViewport(tile)) {
      bench.firstScreen = performance.now();
      performance.mark('bench:first-screen');
    } else {
      requestAnimationFrame(watchFirstScreen);
    }
  };
  requestAnimationFrame(watchFirstScreen);

  // All text: photo-exhibit says so with its load event; the peer pages mark it themselves at the end of
  // the task (or React commit) that put the last caption in the DOM.
  if (kind === 'exhibit') {
    window.addEventListener('photo-exhibit-load', () => performance.mark('bench:all-text'), {
      once: true,
    });
    window.addEventListener('photo-exhibit-error', (event) =>
      bench.errors.push(`photo-exhibit-error: ${event.detail?.message}`),
    );
  }
  bench.allText = () => performance.getEntriesByName('bench:all-text')[0]?.startTime;

  /** Milliseconds since the page last ran a long task or finished rendering all text. */
  bench.quietFor = () => {
    const last = bench.longTasks.at(-1);
    return (
      performance.now() - Math.max(last ? last.start + last.duration : 0, bench.allText() ?? 0)
    );
  };

  bench.rendered = () => {
    const root = tileRoot();
    return {
      tiles: root?.querySelectorAll(tileSelector).length ?? 0,
      captions: root?.querySelectorAll('figcaption').length ?? 0,
      lastCaption:
        [...(root?.querySelectorAll('figcaption') ?? [])].at(-1)?.textContent.trim() ?? '',
      documentResponseEnd: performance
        .getEntriesByType('resource')
        .find((entry) => entry.name.includes('/data/exhibition-'))?.responseEnd,
    };
  };

  /** Every node of the document and of every shadow tree in it (the shadow roots themselves included). */
  bench.countNodes = () => {
    let nodes = 0;
    let elements = 0;
    const visit = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let node = walker.currentNode; node; node = walker.nextNode()) {
        nodes += 1;
        if (node.nodeType === 1) {
          elements += 1;
          if (node.shadowRoot) visit(node.shadowRoot);
        }
      }
    };
    visit(document);
    return { nodes, elements };
  };

  /** Layout shifts (without recent input) since `time`: their sum, count and the entries. */
  const shiftsSince = (time) => {
    const shifts = bench.shifts.filter((shift) => shift.time >= time && !shift.recent);
    return {
      shift: shifts.reduce((sum, shift) => sum + shift.value, 0),
      shiftCount: shifts.length,
      shifts: shifts.slice(0, 10),
    };
  };
  const settleShifts = async () => {
    // Layout shift entries are reported after the frame that painted them.
    await frame();
    await pause(200);
  };

  /**
   * Scrolling as a reader pages (at most `pages` steps of Page Down's 87.5 % of the viewport), then
   * to the end as a scrollbar drag does (at most `jumps` equal steps, none shorter than a viewport); two
   * frames per step. Each phase reports the layout shifts seen during it.
   */
  bench.scroll = async ({ pages, jumps }) => {
    const scroller = document.scrollingElement;
    const remaining = () => scroller.scrollHeight - window.innerHeight - window.scrollY;
    // How long each step took to show: scrolling, then two frames (the second one painted the first).
    const stepTimes = [];
    const step = async (distance) => {
      const started = performance.now();
      window.scrollBy(0, Math.min(distance, remaining()));
      await frame();
      await frame();
      stepTimes.push(performance.now() - started);
    };
    const pagingStart = performance.now();
    while (remaining() > 1 && stepTimes.length < pages) await step(window.innerHeight * 0.875);
    const pageSteps = stepTimes.length;
    await settleShifts();
    const paging = { steps: pageSteps, ...shiftsSince(pagingStart) };
    const jumpStart = performance.now();
    const jumpLength = Math.max(window.innerHeight, remaining() / jumps);
    // The page may grow while it renders: never more than twice the planned steps.
    while (remaining() > 1 && stepTimes.length - pageSteps < jumps * 2) await step(jumpLength);
    await settleShifts();
    const sorted = stepTimes.slice().sort((a, b) => a - b);
    return {
      paging,
      toEnd: {
        steps: stepTimes.length - pageSteps,
        jump: Math.round(jumpLength),
        ...shiftsSince(jumpStart),
      },
      stepMedianMs: sorted[Math.floor(sorted.length / 2)],
      stepMaxMs: sorted.at(-1),
      reachedEnd: remaining() <= 1,
      height: scroller.scrollHeight,
      durationMs: performance.now() - pagingStart,
    };
  };

  const clickTarget = () => {
    const tile = tileRoot()?.querySelector(`.tile[data-index="${clickIndex}"]`);
    return kind === 'exhibit' ? tile?.querySelector(':scope > .open') : tile?.querySelector('a');
  };

  /** Brings the photo to click into the middle of the viewport; its centre in viewport coordinates. */
  bench.prepareClick = async () => {
    window.scrollTo(0, 0);
    await frame();
    const target = clickTarget();
    if (!target) return undefined;
    target.scrollIntoView({ block: 'center' });
    await frame();
    await frame();
    const box = target.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  };

  /** The click starts with the first pointer event (the move onto the photo, then press and release). */
  bench.armClick = () => {
    bench.clickStart = undefined;
    const start = (event) => {
      bench.clickStart ??= event.timeStamp;
    };
    window.addEventListener('pointermove', start, { capture: true, once: true });
    window.addEventListener('pointerdown', start, { capture: true, once: true });
  };

  /**
   * The viewer's root, found once and kept while it is in the page: looking it up walks the whole page (at
   * 10,000 photos about 12 ms, every frame while waiting), which would count the probe's work as the
   * system's.
   */
  let viewerRoot;
  const findViewerRoot = () => {
    if (!viewerRoot?.isConnected) {
      viewerRoot =
        (kind === 'exhibit'
          ? exhibitRoot()?.querySelector('photo-viewer')?.shadowRoot
          : document.querySelector('.pswp')) ?? undefined;
    }
    return viewerRoot;
  };

  /** The viewer's main image: photo-viewer's `.photo`, or PhotoSwipe's full image of the shown slide. */
  const viewerImage = () => {
    const root = findViewerRoot();
    if (kind === 'exhibit') return root?.querySelector('img.photo');
    return [...(root?.querySelectorAll('img.pswp__img:not(.pswp__img--placeholder)') ?? [])].find(
      (image) => {
        const box = image.getBoundingClientRect();
        const centre = box.left + box.width / 2;
        return centre > 0 && centre < window.innerWidth;
      },
    );
  };

  /**
   * Resolves when the viewer's main image is loaded and decoded with at least as many pixels as its
   * laid-out width (so a low-resolution placeholder does not count); undefined after `timeoutMs`. The
   * pages run at DPR 1, where `naturalWidth` (density-corrected for srcset images) is in CSS pixels.
   */
  bench.waitForSharpViewer = (timeoutMs) =>
    new Promise((resolve) => {
      const deadline = performance.now() + timeoutMs;
      const check = () => {
        const image = viewerImage();
        const sharp =
          image?.complete &&
          image.naturalWidth > 0 &&
          image.clientWidth > 0 &&
          image.naturalWidth >= image.clientWidth - 1;
        if (sharp) {
          image.decode().then(
            () =>
              resolve({
                at: performance.now(),
                src: image.currentSrc,
                naturalWidth: image.naturalWidth,
                shownWidth: image.clientWidth,
              }),
            () => requestAnimationFrame(check),
          );
        } else if (performance.now() > deadline) {
          resolve(undefined);
        } else {
          requestAnimationFrame(check);
        }
      };
      requestAnimationFrame(check);
    });
}
