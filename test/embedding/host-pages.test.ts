import { expect } from '@open-wc/testing';
import type { EmbeddingReport } from '../support/embedding-report.js';

/** Opens a host page in an iframe and waits until its exhibits have loaded (or failed). */
async function openHostPage(path: string, exhibits: number) {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const view = frame.contentWindow as Window & { embeddingReport: EmbeddingReport };
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline) {
    const report = view.embeddingReport;
    if (report && report.loaded + report.failed >= exhibits) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { frame, view, report: view.embeddingReport };
}

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
    expect(duplicateWarnings.length).to.equal(3);
    expect(duplicateWarnings.some((warning) => warning.includes('<photo-exhibit>'))).to.equal(true);
    expect(
      view.document.querySelector('photo-exhibit')!.shadowRoot!.querySelectorAll('.tile').length,
    ).to.be.greaterThan(0);
    frame.remove();
  });
});
