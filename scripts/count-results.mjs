// Sums Vitest's JSON reports into the plain closing line CI reads: "N passed, N failed".
// A missing report (a stage that never ran) counts as one failure when the test command failed.
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const status = Number(args.pop());
let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;
for (const file of args) {
  if (!existsSync(file)) {
    missing++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that failed to load has no tests but fails the run.
  failed += (report.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0).length;
}
if (status !== 0 && failed === 0) failed = Math.max(1, missing);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
