import { css } from 'lit';
import { captionStyles } from '../../templates/caption.styles.js';
import { frameStyles } from '../../templates/figure.styles.js';

export const styles = [
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    figure {
      margin: 0;
    }
    figcaption {
      margin-block-start: 0.5em;
    }
  `,
  frameStyles,
  captionStyles,
];
