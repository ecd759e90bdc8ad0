/** What a host page in test/pages/ records for the embedding tests (see test/pages/report.ts). */
export interface EmbeddingReport {
  errors: string[];
  warnings: string[];
  violations: string[];
  loaded: number;
  failed: number;
}
