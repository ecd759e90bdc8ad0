// The pass/fail bookkeeping of the Node check scripts: one line per check, and a closing
// `<name>: N passed, N failed` line that CI logs end with.
export function createChecks(name) {
  let passes = 0;
  let failures = 0;
  return {
    check(label, condition, detail = '') {
      if (condition) {
        passes += 1;
        console.log(`  ok   ${label}`);
      } else {
        failures += 1;
        console.log(`  FAIL ${label}${detail ? `: ${detail}` : ''}`);
      }
    },
    /** Prints the summary and exits: 0 when every check passed. */
    finish() {
      console.log(`${name}: ${passes} passed, ${failures} failed`);
      process.exit(failures === 0 ? 0 : 1);
    },
  };
}
