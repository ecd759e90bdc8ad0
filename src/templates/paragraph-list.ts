import { nothing } from 'lit';
import type { ElementPart } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';

/**
 * Renders paragraphs of text as the `<p>` children of the element it is bound to, as text. A list of
 * templates would put two comment markers around each item and a marker and a text node in each `<p>`:
 * a caption's paragraphs are in every tile of a large exhibition. Use as an element binding:
 * `<div ${paragraphList(['First.', 'Second.'])}></div>`.
 */
class ParagraphListDirective extends Directive {
  /** The paragraphs rendered last, so a re-render with the same text touches nothing. */
  private shown: readonly string[] = [];

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT)
      throw new Error('paragraphList() is an element binding');
  }

  render(_paragraphs: readonly string[]) {
    return nothing;
  }

  override update(part: ElementPart, [paragraphs]: [readonly string[]]) {
    const { shown } = this;
    if (shown.length === paragraphs.length && shown.every((text, at) => text === paragraphs[at])) {
      return nothing;
    }
    this.shown = paragraphs;
    const { element } = part;
    element.replaceChildren(
      ...paragraphs.map((text) => {
        const paragraph = element.ownerDocument.createElement('p');
        paragraph.textContent = text;
        return paragraph;
      }),
    );
    return nothing;
  }
}

export const paragraphList = directive(ParagraphListDirective);
