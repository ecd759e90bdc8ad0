import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { paragraphList } from '../../src/templates/paragraph-list.js';

const paragraphsOf = (container: HTMLElement) =>
  [...container.querySelector('div')!.childNodes].map((node) => [node.nodeName, node.textContent]);

describe('paragraphList', () => {
  it('renders each paragraph as a <p> of text, with nothing else around them', () => {
    const container = document.createElement('div');
    render(html`<div ${paragraphList(['First.', '<b>Second</b> & more.'])}></div>`, container);
    expect(paragraphsOf(container)).to.deep.equal([
      ['P', 'First.'],
      ['P', '<b>Second</b> & more.'],
    ]);
    expect(container.querySelector('b')).to.equal(null);
  });

  it('keeps its paragraphs when rendered again with the same text, and replaces them when it changes', () => {
    const container = document.createElement('div');
    const view = (paragraphs: string[]) => html`<div ${paragraphList(paragraphs)}></div>`;
    render(view(['One.', 'Two.']), container);
    const first = container.querySelector('p');
    render(view(['One.', 'Two.']), container);
    expect(container.querySelector('p')).to.equal(first);
    render(view(['One.']), container);
    expect(paragraphsOf(container)).to.deep.equal([['P', 'One.']]);
    render(view(['Three.', 'Four.']), container);
    expect(paragraphsOf(container)).to.deep.equal([
      ['P', 'Three.'],
      ['P', 'Four.'],
    ]);
    render(view([]), container);
    expect(paragraphsOf(container)).to.deep.equal([]);
  });

  it('is an element binding only', () => {
    const container = document.createElement('div');
    expect(() => render(html`<div>${paragraphList(['Text.'])}</div>`, container)).to.throw(
      /element binding/,
    );
  });
});
