// The page of the two-versions test: besides the CDN build, which registered every tag first, the second
// build's own exhibit class runs under a tag of its own, as when a widget bundles another version of the
// library. Its viewer is then the one the second build registers, which the CDN build's exhibit must use
// through the tag alone. Both module instances are exposed for the test to compare with the registry.
export interface LibraryCopy {
  readonly PhotoExhibit: CustomElementConstructor;
  readonly PhotoFigure: CustomElementConstructor;
  readonly PhotoCaption: CustomElementConstructor;
}

export interface TwoVersionsPage {
  readonly firstCopy: LibraryCopy;
  readonly secondCopy: LibraryCopy;
}

// Through a variable: the modules are served as they are, not resolved by the build of this file.
const load = (url: string) => import(/* @vite-ignore */ url) as Promise<LibraryCopy>;
const [firstCopy, secondCopy] = await Promise.all([
  load('/dist/cdn/photo-exhibit.js'),
  load('/test-bundle/photo-exhibit.js?copy=2'),
]);
customElements.define('second-copy-exhibit', class extends secondCopy.PhotoExhibit {});
Object.assign(window, { firstCopy, secondCopy } satisfies TwoVersionsPage);
