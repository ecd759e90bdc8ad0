import type { EmbeddingReport } from './embedding-report.js';
import { until } from './fixtures.js';

/**
 * Opens a host page of test/pages/ in an iframe and waits until its exhibits have loaded (or failed), as
 * recorded by test/pages/report.ts. `View` types what else the page puts on its window.
 */
export async function openHostPage<View extends object = object>(path: string, exhibits: number) {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const view = frame.contentWindow as Window & View & { embeddingReport: EmbeddingReport };
  await until(() => {
    const report = view.embeddingReport;
    return report !== undefined && report.loaded + report.failed >= exhibits;
  }, 15000);
  return { frame, view, report: view.embeddingReport };
}
