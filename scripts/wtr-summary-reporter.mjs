// Web Test Runner's own summary is not one plain line; CI logs end with `web-test-runner: N passed, N failed`.
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const count = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) skipped += 1;
      else if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite.suites) count(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        if (session.errors?.length) failed += session.errors.length;
      }
      const skippedText = skipped ? `, ${skipped} skipped` : '';
      console.log(`web-test-runner: ${passed} passed, ${failed} failed${skippedText}`);
    },
  };
}
