#!/usr/bin/env node
// Sums the Vitest and Playwright JSON reports into one closing line, "tests: N passed, N failed".
// Arguments name the steps that failed; a failed step with no report of its own counts once.
import { existsSync, readFileSync } from 'node:fs';

const failedSteps = process.argv.slice(2);
let passed = 0;
let failed = 0;

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const counted = { unit: 0, e2e: 0 };
const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  counted.unit =
    (vitest.numFailedTests ?? 0) +
    (vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0 ? 1 : 0);
  failed += counted.unit;
}

function walk(suite) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      const status = test.status ?? test.results?.at(-1)?.status;
      if (status === 'expected' || status === 'flaky') passed += 1;
      else if (status !== 'skipped') counted.e2e += 1;
    }
  }
  for (const child of suite.suites ?? []) walk(child);
}
const playwright = read('reports/playwright.json');
if (playwright) {
  for (const suite of playwright.suites ?? []) walk(suite);
  counted.e2e += (playwright.errors ?? []).length;
  failed += counted.e2e;
}

for (const step of failedSteps) {
  if (!(counted[step] > 0)) failed += 1;
}
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
