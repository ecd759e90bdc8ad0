import { expect } from '@open-wc/testing';
import '../../src/define/photo-exhibit.js';
import { openHostPage } from '../support/host-page.js';

describe('embedding in host pages', () => {
  it('renders under the strict Content-Security-Policy (with Trusted Types) without violations or errors', async () => {
    const { frame, view, report } = await openHostPage('/test/pages/csp.html', 2);
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.failed).to.equal(0);
    expect(report.loaded).to.equal(2);
    const exhibits = [...view.document.querySelectorAll('photo-exhibit')];
    expect(
      exhibits.every((exhibit) => exhibit.shadowRoot!.querySelectorAll('.tile').length > 0),
    ).to.equal(true);
    // Inline geometry went through the CSSOM, which the policy allows: the boxes have their aspect ratios.
    const frameBox = exhibits[0]!.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    expect(frameBox.style.getPropertyValue('aspect-ratio')).not.to.equal('');
    frame.remove();
  });

  it('keeps working with two copies of the library on one page: first wins, one warning per tag', async () => {
    const { frame, view, report } = await openHostPage('/test/pages/two-copies.html', 2);
    expect(report.errors).to.deep.equal([]);
    expect(report.loaded).to.equal(2);
    const duplicateWarnings = report.warnings.filter((warning) =>
      warning.includes('already defined'),
    );
    // One per tag the bundle registers: photo-exhibit, photo-figure, photo-caption and photo-viewer.
    expect(duplicateWarnings.length).to.equal(4);
    expect(duplicateWarnings.some((warning) => warning.includes('<photo-exhibit>'))).to.equal(true);
    expect(
      view.document.querySelector('photo-exhibit')!.shadowRoot!.querySelectorAll('.tile').length,
    ).to.be.greaterThan(0);
    frame.remove();
  });
});

describe('hostile host pages', () => {
  it('renders despite global CSS, a sticky header, a transformed ancestor, RTL and an enclosing shadow root', async () => {
    const { frame, view, report } = await openHostPage('/test/pages/hostile.html', 3);
    expect(report.errors).to.deep.equal([]);
    expect(report.loaded).to.equal(3);
    const styled = view.document.getElementById('styled')!;
    const root = styled.shadowRoot!;
    // The host's `figure { padding: 3rem; border: 5px solid red }` and `button { all: unset }` stay outside.
    const tile = root.querySelector('.tile')!;
    expect(view.getComputedStyle(tile).borderTopWidth).to.equal('0px');
    expect(view.getComputedStyle(tile).paddingTop).to.equal('0px');
    const button = root.querySelector<HTMLElement>('.open')!;
    expect(view.getComputedStyle(button).cursor).to.equal('zoom-in');
    const rtl = view.document.getElementById('rtl')!.shadowRoot!;
    const frames = [...rtl.querySelector('.row')!.querySelectorAll('.frame')];
    expect(frames[0]!.getBoundingClientRect().right).to.be.greaterThan(
      frames[1]!.getBoundingClientRect().right,
    );
    const nested = view.document
      .getElementById('widget')!
      .shadowRoot!.querySelector('photo-exhibit')!;
    expect(nested.shadowRoot!.querySelectorAll('.tile')).to.have.length(9);

    // The viewer opens in the top layer: above the sticky header, outside the transformed, clipping ancestor.
    button.click();
    const viewer = () => root.querySelector('photo-viewer');
    const dialog = () => viewer()?.shadowRoot?.querySelector('dialog') ?? null;
    const deadline = Date.now() + 5000;
    while (!dialog()?.open && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(dialog()!.matches(':modal')).to.equal(true);
    const header = view.document.querySelector('.sticky')!.getBoundingClientRect();
    const hit = view.document.elementFromPoint(
      header.left + header.width / 2,
      header.top + header.height / 2,
    );
    expect(hit).to.equal(styled);
    // It covers the viewport (less a scrollbar gutter), not the clipping ancestor's box.
    expect(dialog()!.getBoundingClientRect().width).to.be.at.least(
      view.document.documentElement.clientWidth - 2,
    );
    (viewer() as unknown as { close(): void }).close();
    expect(dialog()!.open).to.equal(false);
    expect(report.errors).to.deep.equal([]);
    frame.remove();
  });
});

describe('element lifecycle', () => {
  it('renders when created with createElement, and survives being moved, removed and re-added', async () => {
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    const exhibit = document.createElement('photo-exhibit');
    const loaded = new Promise((resolve) =>
      exhibit.addEventListener('photo-exhibit-load', resolve, { once: true }),
    );
    exhibit.setAttribute('src', '/test/fixtures/same-origin-images.json');
    first.append(exhibit);
    // Removed while loading, then re-added: the load resumes.
    exhibit.remove();
    second.append(exhibit);
    await loaded;
    expect(exhibit.shadowRoot!.querySelectorAll('.tile')).to.have.length(5);
    first.append(exhibit);
    // Not requestAnimationFrame: a test page may run in a background tab, where frames never come.
    await exhibit.updateComplete;
    expect(exhibit.shadowRoot!.querySelectorAll('.tile')).to.have.length(5);
    expect(exhibit.getAttribute('state')).to.equal('rendered');
    first.remove();
    second.remove();
  });
});
