// Prints one closing line for a test run from jest's JSON report: "tests: N passed, N failed".
//   node scripts/test-summary.mjs [report.json]   (dist/jest-results.json by default)
import fs from 'node:fs';

const r = JSON.parse(fs.readFileSync(process.argv[2] ?? 'dist/jest-results.json', 'utf8'));
const skipped = r.numPendingTests + r.numTodoTests;
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(r.success ? 0 : 1);
