import { css } from 'lit';

/** Caption typography, shared by `<photo-caption>` and the captions `<photo-exhibit>` renders itself. */
export const captionStyles = css`
  .caption-title {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .caption-text p,
  .quote p {
    margin: 0 0 0.5em;
  }
  .caption-text p:last-child {
    margin-block-end: 0;
  }
  .links {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .links li {
    display: inline;
  }
  /* Separators between links and between the meta line's entries: not in the DOM (a node in every tile),
     and with empty alternative text. */
  .links li + li::before,
  .meta > * + *::before {
    content: ' · ';
    content: ' · ' / '';
  }
  a {
    color: var(--photo-exhibit-link-color, inherit);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 2px solid var(--photo-exhibit-focus-color, currentColor);
    outline-offset: 2px;
  }
  .quote {
    margin: 0.75em 0 0;
    padding-block: 0.25em;
    padding-inline: 1em 0;
    border-inline-start: 3px solid var(--photo-exhibit-accent, currentColor);
    font-family: var(--photo-exhibit-quote-font, Georgia, 'Times New Roman', serif);
    font-style: italic;
  }
  .quote-original {
    opacity: 0.8;
  }
  .quote-footer {
    font-family: var(--photo-exhibit-font, inherit);
    font-style: normal;
    font-size: 0.9em;
  }
  .signature::before {
    content: '— ';
  }
  .quote-source {
    display: block;
    font-style: normal;
    opacity: 0.8;
  }
  .meta,
  .credit {
    margin: 0.5em 0 0;
    font-size: 0.875em;
    color: var(--photo-exhibit-muted, inherit);
    opacity: var(--photo-exhibit-muted-opacity, 0.8);
  }
  .metadata {
    margin-block-start: 0.75em;
    font-size: 0.875em;
  }
  .metadata-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .metadata dt {
    font-weight: 600;
  }
  .metadata dt::after {
    content: ':';
  }
  .metadata dd {
    margin: 0;
  }
`;
