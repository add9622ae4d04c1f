// Prints one closing line for the whole test run from jest's JSON report: "tests: N passed, N failed".
import fs from 'node:fs';

const r = JSON.parse(fs.readFileSync('dist/jest-results.json', 'utf8'));
const skipped = r.numPendingTests + r.numTodoTests;
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(r.success ? 0 : 1);
