import { css } from 'lit';
import { captionStyles } from '../../templates/caption.styles.js';
import { frameStyles } from '../../templates/figure.styles.js';

const darkPalette = css`
  --photo-exhibit-background: #151412;
  --photo-exhibit-color: #ecebe7;
  --photo-exhibit-muted: #b9b5ac;
  --photo-exhibit-accent: #e2b45a;
  --photo-exhibit-link-color: #f0c878;
  --photo-exhibit-focus-color: #8ab4ff;
  --photo-exhibit-placeholder: #2a2825;
  --photo-exhibit-card-background: #22201d;
  --photo-exhibit-card-border: #3d3a35;
  color-scheme: dark;
`;

const hostStyles = css`
  :host {
    display: block;
    container: photo-exhibit / inline-size;
    color: var(--photo-exhibit-color, inherit);
    background: var(--photo-exhibit-background, transparent);
    font-family: var(--photo-exhibit-font, inherit);
    line-height: 1.5;
    /* Host pages may set content-box or zero margins on everything: nothing here depends on them. */
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']),
  :host([theme='auto']) {
    --photo-exhibit-background: #fbfaf7;
    --photo-exhibit-color: #1d1c1a;
    --photo-exhibit-muted: #57534c;
    --photo-exhibit-accent: #8a5a14;
    --photo-exhibit-link-color: #6b4510;
    --photo-exhibit-focus-color: #1b5fc1;
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }
  :host(:not([theme='inherit'])) .exhibition {
    padding: 1.5rem clamp(0.75rem, 3cqi, 2.5rem);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  p,
  figure,
  blockquote,
  dl,
  dd,
  ol,
  ul {
    margin: 0;
  }
  button {
    font: inherit;
    color: inherit;
  }
`;

const structureStyles = css`
  .skip-link {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-link:focus {
    position: static;
    display: inline-block;
    inline-size: auto;
    block-size: auto;
    margin-block-end: 0.5em;
    padding: 0.25em 0.5em;
    clip-path: none;
    outline: 2px solid var(--photo-exhibit-focus-color, currentColor);
  }
  .header {
    margin-block-end: 1.5em;
  }
  [part='title'] {
    margin: 0;
    font-family: var(--photo-exhibit-heading-font, Georgia, 'Times New Roman', serif);
    font-size: clamp(1.5rem, 1rem + 2cqi, 2.5rem);
    line-height: 1.2;
    text-wrap: balance;
  }
  .subtitle,
  .occasion {
    margin-block-start: 0.5em;
    font-size: 1.125em;
  }
  .date {
    margin-block-start: 0.5em;
    color: var(--photo-exhibit-muted, inherit);
  }
  .prose {
    max-inline-size: var(--photo-exhibit-max-width, 46rem);
  }
  .prose p + p {
    margin-block-start: 0.75em;
  }
  [part='intro'] {
    margin-block-end: 2em;
    font-size: 1.0625em;
  }
  .toc {
    margin-block-end: 2em;
  }
  .toc ol {
    padding-inline-start: 1.25em;
  }
  .language-switcher {
    display: flex;
    gap: 0.5em;
    align-items: center;
    justify-content: flex-end;
    margin-block-end: 0.75em;
    font-size: 0.875em;
  }
  /* A jump with the scrollbar lays out the block above the screen at once (a block just above it is
     rendered) while the blocks landed on still paint nothing: where that block's estimated height was off,
     the boxes below it move unseen. Chromium's layout-shift accounting (the host page's CLS) counted those
     boxes anyway. It leaves sticky boxes out, and a sticky box without an inset never moves from where the
     flow puts it; what they hold (text, images) is still accounted for. */
  .section,
  .tiles,
  .block {
    position: sticky;
  }
  .section + .section {
    margin-block-start: 3em;
  }
  [part='section-title'] {
    margin: 0 0 0.25em;
    font-family: var(--photo-exhibit-heading-font, Georgia, 'Times New Roman', serif);
    font-size: clamp(1.25rem, 1rem + 1cqi, 1.75rem);
    line-height: 1.25;
  }
  [part='section-title']:focus {
    outline: none;
  }
  [part='section-intro'] {
    margin-block: 0.75em 1.5em;
  }
  .tiles {
    margin-block-start: 1em;
  }
  /* A section's header (what it holds besides its tiles) is skipped away from the screen, as its blocks are: a
     scrollbar jump then paints its title with the blocks around it, not a frame before the block above it gets
     its real height (which moved the title). Until first rendered, a header takes no height. */
  .block,
  .section > :not(.tiles) {
    content-visibility: auto;
    /* What content-visibility: auto gives already, kept when measuring turns skipping off: in Chromium a change
       of style containment makes the next style update walk the whole document (20 to 30 ms at 10,000 photos). */
    contain: style;
    contain-intrinsic-size: auto none;
  }
  .block[hidden] {
    display: none;
  }
  .block + .block,
  .row + .row {
    margin-block-start: var(--photo-exhibit-gap, 8px);
  }
  .row {
    display: flex;
    gap: var(--photo-exhibit-gap, 8px);
    align-items: flex-start;
  }
  .row.partial {
    justify-content: center;
  }
  .cell {
    flex-basis: 0;
    flex-shrink: 1;
    min-inline-size: 0;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(var(--photo-grid-columns, 3), minmax(0, 1fr));
    gap: var(--photo-exhibit-gap, 8px);
    align-items: start;
  }
  .grid .frame {
    aspect-ratio: 1 !important;
  }
  .columns {
    display: flex;
    gap: var(--photo-exhibit-gap, 8px);
    align-items: flex-start;
  }
  .column {
    display: flex;
    flex-direction: column;
    flex-basis: 0;
    min-inline-size: 0;
    gap: var(--photo-exhibit-gap, 8px);
  }
  .tile {
    display: block;
  }
  .open {
    display: block;
    inline-size: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    cursor: zoom-in;
    text-align: inherit;
  }
  .caption {
    margin-block-start: 0.5em;
    font-size: var(--photo-exhibit-caption-size, 0.9375em);
    overflow-wrap: anywhere;
  }
  /* Credits look like metadata (whose rules come with the caption styles). */
  .credit-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .credits dt {
    font-weight: 600;
  }
  .credits dt::after {
    content: ':';
  }
  .footer {
    margin-block-start: 3em;
    padding-block-start: 1.5em;
    border-block-start: 1px solid rgba(127, 127, 127, 0.35);
    font-size: 0.9375em;
  }
  .footer > * + * {
    margin-block-start: 1em;
  }
  .footer [part='credits-title'] {
    margin: 0 0 0.5em;
    font-size: 1em;
  }
  .providers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  .provider {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
  }
  .provider-logo {
    display: inline-block;
    inline-size: auto;
    block-size: 2em;
  }
  .rights > * + * {
    margin-inline-start: 0.5em;
  }
  .end:focus {
    outline: none;
  }
  .print-only {
    display: none;
  }
  .loading {
    padding: 1em 0;
    color: var(--photo-exhibit-muted, inherit);
  }
  .error {
    padding: 1em 1.25em;
    border: 1px solid currentColor;
    border-inline-start-width: 4px;
  }
  .error-detail {
    margin-block-start: 0.5em;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
  .problems {
    margin-block: 1em;
    padding: 0.75em 1em;
    border: 1px dashed currentColor;
    font-size: 0.875em;
  }
  .problems-list {
    margin-block-start: 0.5em;
    padding-inline-start: 1.25em;
  }
  .problems-list .hint {
    color: var(--photo-exhibit-muted, inherit);
  }
  .retry {
    margin-block-start: 0.75em;
  }
  .retry,
  .slide-controls button {
    padding: 0.4em 1em;
    border: 1px solid currentColor;
    border-radius: 4px;
    background: transparent;
    cursor: pointer;
  }
  .open:focus-visible,
  .retry:focus-visible,
  .slide-controls button:focus-visible,
  a:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--photo-exhibit-focus-color, currentColor);
    outline-offset: 2px;
  }
`;

const layoutStyles = css`
  .layout-story .block {
    display: grid;
    min-block-size: min(100svh, 60rem);
    align-items: center;
    padding-block: 2em;
  }
  .layout-story .tile {
    display: grid;
    gap: 1em 2em;
  }
  @container photo-exhibit (min-width: 48rem) {
    .layout-story .tile {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: center;
    }
  }
  .layout-story .frame,
  .layout-slideshow .frame {
    max-block-size: 80svh;
  }
  .layout-story img,
  .layout-slideshow img {
    object-fit: contain;
  }
  .layout-slideshow .tile {
    display: grid;
    gap: 1em;
  }
  .slide-controls {
    display: flex;
    gap: 1em;
    align-items: center;
    justify-content: center;
    margin-block-start: 1em;
  }
  .slide-controls button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .open:focus-visible {
      outline-color: Highlight;
    }
  }
`;

const printStyles = css`
  @media print {
    :host {
      background: none;
      color: #000;
    }
    .skip-link,
    .language-switcher,
    .toc,
    .slide-controls,
    .retry {
      display: none !important;
    }
    .block,
    .section > * {
      content-visibility: visible;
    }
    .block[hidden] {
      display: block;
    }
    .print-only {
      display: block;
      margin-block-start: 0.25em;
      font-size: 0.8125em;
    }
    .row,
    .columns {
      display: block;
    }
    .grid {
      display: block;
    }
    .cell,
    .column,
    .tile {
      max-inline-size: 100% !important;
    }
    .tile {
      break-inside: avoid;
      margin-block-end: 1.5em;
    }
    .frame {
      max-block-size: 60vh;
      aspect-ratio: auto !important;
    }
    img {
      block-size: auto;
      max-block-size: 60vh;
      inline-size: auto;
      max-inline-size: 100%;
    }
    .section {
      break-before: page;
    }
    .section:first-of-type {
      break-before: auto;
    }
    [part='section-title'],
    [part='title'] {
      break-after: avoid;
    }
    .open {
      cursor: default;
    }
  }
`;

export const styles = [
  hostStyles,
  structureStyles,
  layoutStyles,
  frameStyles,
  captionStyles,
  printStyles,
];
