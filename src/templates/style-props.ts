import { nothing } from 'lit';
import type { ElementPart } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | undefined>>;

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), never through the `style` attribute:
 * a strict `style-src 'self'` Content-Security-Policy blocks style attributes, and Lit's `styleMap` writes
 * the attribute on first render. Use as an element binding: `<div ${styleProps({ 'aspect-ratio': 1.5 })}>`.
 */
class StylePropsDirective extends Directive {
  /** The values set last, so a re-render touches only what changed. */
  private applied = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProps() is an element binding');
  }

  render(_props: StyleProps) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [StyleProps]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.applied.keys()) {
      if (props[name] === undefined) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const name in props) {
      const value = props[name];
      if (value === undefined) continue;
      const text = String(value);
      if (this.applied.get(name) === text) continue;
      style.setProperty(name, text);
      this.applied.set(name, text);
    }
    return nothing;
  }
}

export const styleProps = directive(StylePropsDirective);
