// Print `tests: N passed, N failed` from Vitest's JSON report. When `npm test`
// failed before Vitest ran (format, lint, types or build), that step counts as
// one failure, so a red run can never print "0 failed".
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 1);
const report = 'test-results/vitest.json';
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests ?? 0;
  // We never skip: a skipped or todo test counts as a failure.
  failed =
    (results.numFailedTests ?? 0) + (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
  // A file that failed to load (a crash in setup) has no test results of its own.
  for (const file of results.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
  }
}
if (status !== 0 && failed === 0) {
  console.log(`npm test exited with ${status} outside the test runner (see the log above).`);
  failed = 1;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
