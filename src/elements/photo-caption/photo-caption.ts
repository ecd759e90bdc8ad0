import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Caption, Person, Place } from '../../core/format/types.js';
import { elementContext } from '../../internal/locales.js';
import { loadRenderer, renderer } from '../../internal/renderer.js';
import { styles } from './photo-caption.styles.js';

/**
 * @summary A structured caption: text, links, a quotation with its signature, people, place, date and credit.
 * @tag photo-caption
 *
 * @slot - Plain caption text, shown when no `caption` object is set.
 *
 * @csspart caption-title - The caption's short title.
 * @csspart text - The caption text (one paragraph per entry).
 * @csspart links - The list of links after the text.
 * @csspart quote - The `<blockquote>` of a quotation or inscription.
 * @csspart signature - The signature, or the author and date, of the quotation.
 * @csspart meta - People, place and date.
 * @csspart credit - The credit line.
 *
 * @cssprop [--photo-exhibit-accent=currentColor] - Colour of the quotation's rule.
 * @cssprop [--photo-exhibit-link-color=inherit] - Colour of links.
 * @cssprop [--photo-exhibit-focus-color=currentColor] - Colour of focus outlines.
 * @cssprop [--photo-exhibit-quote-font=Georgia, serif] - Font of quotations.
 * @cssprop [--photo-exhibit-font=inherit] - Font of the text.
 * @cssprop [--photo-exhibit-muted=inherit] - Colour of the people, place, date and credit lines.
 * @cssprop [--photo-exhibit-muted-opacity=0.8] - Opacity of those lines.
 */
export class PhotoCaption extends LitElement {
  static override styles = styles;

  /** The caption (format.md's Caption): rendered as text, never as HTML. */
  @property({ attribute: false }) caption?: Caption;

  /** People referred to by id in the caption (the exhibition's `people` registry). */
  @property({ attribute: false }) people: Record<string, Person> = {};

  /** Places referred to by id in the caption (the exhibition's `places` registry). */
  @property({ attribute: false }) places: Record<string, Place> = {};

  /** The language of the caption's plain strings (the exhibition's `language`). */
  @property({ attribute: 'document-language' }) documentLanguage?: string;

  /** Display language (BCP 47); defaults to the page's language. */
  @property({ attribute: 'lang' }) displayLanguage?: string;

  override connectedCallback() {
    super.connectedCallback();
    if (!renderer()) void loadRenderer().then(() => this.requestUpdate());
  }

  override render() {
    const view = renderer();
    if (!this.caption || !view) return html`<p class="plain" part="text"><slot></slot></p>`;
    const context = elementContext(this);
    return view.captionTemplate(this.caption, context);
  }
}
