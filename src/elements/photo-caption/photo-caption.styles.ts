import { css } from 'lit';
import { captionStyles } from '../../templates/caption.styles.js';

export const styles = [
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    .plain {
      margin: 0;
    }
  `,
  captionStyles,
];
