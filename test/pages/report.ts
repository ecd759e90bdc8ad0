import type { EmbeddingReport } from '../support/embedding-report.js';
// Collects what a host page would see go wrong (console errors, CSP violations, uncaught errors) and what
// rendered, for the embedding tests that open this page in an iframe.
const report: EmbeddingReport = { errors: [], warnings: [], violations: [], loaded: 0, failed: 0 };
(window as unknown as { embeddingReport: EmbeddingReport }).embeddingReport = report;

const originalError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  report.errors.push(args.map(String).join(' '));
  originalError(...args);
};
const originalWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  report.warnings.push(args.map(String).join(' '));
  originalWarn(...args);
};
window.addEventListener('error', (event) => report.errors.push(`uncaught: ${event.message}`));
window.addEventListener('unhandledrejection', (event) =>
  report.errors.push(`unhandled: ${String(event.reason)}`),
);
document.addEventListener('securitypolicyviolation', (event) =>
  report.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
);
document.addEventListener('photo-exhibit-load', () => (report.loaded += 1));
document.addEventListener('photo-exhibit-error', () => (report.failed += 1));
