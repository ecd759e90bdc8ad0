import { css } from 'lit';
import { captionStyles } from '../../templates/caption.styles.js';
import { frameStyles } from '../../templates/figure.styles.js';

export const styles = [
  frameStyles,
  captionStyles,
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    dialog {
      box-sizing: border-box;
      position: fixed;
      inset: 0;
      width: 100%;
      max-width: none;
      height: 100%;
      max-height: none;
      margin: 0;
      padding: 0;
      border: 0;
      overflow: hidden;
      overscroll-behavior: contain;
      background: var(--photo-viewer-background, #111);
      color: var(--photo-viewer-color, #f2f2f2);
      font-family: var(--photo-exhibit-font, inherit);
      /* The viewer is dark whatever the exhibit's theme: the caption colours it would inherit from a light
         exhibit (muted text, links, rules) are replaced by ones that read on the viewer's background. */
      --photo-exhibit-muted: var(--photo-viewer-muted, #c8c4bb);
      --photo-exhibit-muted-opacity: 1;
      --photo-exhibit-link-color: var(--photo-viewer-link-color, #f0c878);
      --photo-exhibit-accent: var(--photo-viewer-accent, #e2b45a);
      --photo-exhibit-focus-color: var(--photo-viewer-focus-color, #8ab4ff);
    }
    dialog[open] {
      display: grid;
      grid-template:
        'toolbar toolbar' auto
        'stage caption' minmax(0, 1fr)
        'thumbnails thumbnails' auto
        / minmax(0, 1fr) auto;
    }
    dialog::backdrop {
      background: var(--photo-viewer-background, #111);
    }
    dialog.idle {
      cursor: none;
    }
    dialog.idle [data-control] {
      opacity: 0;
    }
    .toolbar {
      grid-area: toolbar;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem;
      padding: 0.25rem 0.5rem;
    }
    .counter {
      margin-inline-end: auto;
      padding-inline: 0.5rem;
      font-variant-numeric: tabular-nums;
    }
    button,
    .download {
      display: inline-grid;
      place-items: center;
      box-sizing: border-box;
      min-width: 2.75rem;
      min-height: 2.75rem;
      margin: 0;
      padding: 0.5rem;
      border: 0;
      border-radius: 0.25rem;
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    button:hover,
    .download:hover {
      background: rgba(255, 255, 255, 0.12);
    }
    button:focus-visible,
    .download:focus-visible,
    .caption-panel:focus-visible {
      outline: 2px solid var(--photo-viewer-focus-color, #8ab4ff);
      outline-offset: -2px;
    }
    button[aria-disabled='true'] {
      opacity: 0.35;
      cursor: default;
    }
    button[aria-pressed='true'],
    button[aria-expanded='true'] {
      background: rgba(255, 255, 255, 0.18);
    }
    svg {
      width: 1.5rem;
      height: 1.5rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .share-status {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0;
      padding-inline: 0.5rem;
    }
    .share-status input {
      min-width: 12rem;
      font: inherit;
    }
    .stage {
      grid-area: stage;
      position: relative;
      display: grid;
      overflow: hidden;
      touch-action: none;
      user-select: none;
      -webkit-user-select: none;
    }
    .slide {
      display: grid;
      place-items: center;
      min-width: 0;
      min-height: 0;
    }
    .photo {
      display: block;
      max-width: none;
      transform-origin: 50% 50%;
      -webkit-user-drag: none;
      /* The low-resolution file, drawn under the sharp one until it loads (set inline). */
      background-size: 100% 100%;
      background-repeat: no-repeat;
    }
    .zoomed .photo {
      cursor: grab;
    }
    .stage .card {
      width: min(90%, 40rem);
    }
    .stage .card-text {
      font-size: var(--photo-viewer-card-font-size, clamp(1.25rem, 1rem + 1.5vw, 2.25rem));
      -webkit-line-clamp: 10;
    }
    .unavailable {
      padding: 2rem;
      text-align: center;
    }
    .nav {
      grid-area: stage;
      align-self: center;
      z-index: 1;
      margin-inline: 0.5rem;
      background: rgba(0, 0, 0, 0.45);
    }
    .previous {
      justify-self: start;
    }
    .next {
      justify-self: end;
    }
    .nav:dir(rtl) svg {
      transform: scaleX(-1);
    }
    .caption-panel {
      grid-area: caption;
      box-sizing: border-box;
      width: var(--photo-viewer-caption-width, 24rem);
      max-width: 40vw;
      overflow: auto;
      overscroll-behavior: contain;
      padding: 1rem 1.25rem;
      line-height: 1.5;
    }
    .caption-panel .prose p {
      margin: 0.75em 0 0;
    }
    .thumbnails {
      grid-area: thumbnails;
      display: flex;
      gap: 0.25rem;
      overflow-x: auto;
      padding: 0.25rem 0.5rem 0.5rem;
      scrollbar-width: thin;
    }
    .thumbnail {
      flex: none;
      width: var(--photo-viewer-thumbnail-size, 3.5rem);
      height: var(--photo-viewer-thumbnail-size, 3.5rem);
      min-width: 0;
      min-height: 0;
      padding: 0;
      overflow: hidden;
      opacity: 0.6;
      background: rgba(127, 127, 127, 0.25);
      content-visibility: auto;
      contain-intrinsic-size: var(--photo-viewer-thumbnail-size, 3.5rem);
    }
    /* As wide and high as the buttons it stands for (one frame, while the viewer opens). */
    .thumbnail-spacer {
      flex: none;
      width: calc(
        var(--thumbnail-count) * (var(--photo-viewer-thumbnail-size, 3.5rem) + 0.25rem) - 0.25rem
      );
      height: var(--photo-viewer-thumbnail-size, 3.5rem);
    }
    .thumbnail[aria-current='true'] {
      opacity: 1;
      outline: 2px solid currentColor;
      outline-offset: -2px;
    }
    .thumbnail img {
      display: block;
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .thumbnail img[hidden] {
      display: none;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (max-width: 48rem) {
      dialog[open] {
        grid-template:
          'toolbar' auto
          'stage' minmax(0, 1fr)
          'caption' auto
          'thumbnails' auto
          / minmax(0, 1fr);
      }
      .caption-panel {
        width: auto;
        max-width: none;
        max-height: 35vh;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      [data-control] {
        transition: opacity 0.2s;
      }
      .slide.released {
        transition: transform 0.2s;
      }
    }
    @media (forced-colors: active) {
      button,
      .download {
        border: 1px solid ButtonText;
      }
    }
  `,
];
