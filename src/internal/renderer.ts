import type * as RendererModule from '../templates/renderer.js';

export type Renderer = typeof RendererModule;

let loading: Promise<Renderer> | undefined;
let loaded: Renderer | undefined;

/**
 * The rendering code (templates, layouts, image sources) is a lazy chunk of the CDN build: an element
 * requests it when it first has something to show, in parallel with its document, so the script a page
 * loads up front stays small.
 */
export function loadRenderer(): Promise<Renderer> {
  loading ??= import('../templates/renderer.js').then((module) => (loaded = module));
  return loading;
}

/** The renderer once loaded, for synchronous render() code. */
export function renderer(): Renderer | undefined {
  return loaded;
}
