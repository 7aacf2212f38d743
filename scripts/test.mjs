// `npm test`: install what is needed, then lint, typecheck, unit, build,
// integration (on SQLite, then the store's part again on Postgres), cluster
// (several server processes on one Postgres and one Redis) and browser
// tests. Ends with the plain line `N passed, N failed` (tests of every suite,
// plus one check each for lint, typecheck and build).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ensureSystemPackages, installDependencies, log, repoRoot, run } from './lib/setup.mjs';

ensureSystemPackages();
installDependencies();

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-test-'));
const bin = (name) => path.join(repoRoot, 'node_modules/.bin', name);

function check(name, command, args) {
  log(name);
  const ok = run(command, args) === 0;
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
}

function suite(name, config) {
  log(`${name} tests`);
  const output = path.join(resultsDir, `${name}.json`);
  run(bin('vitest'), [
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  if (!fs.existsSync(output)) {
    totals.failed += 1;
    lines.push(`FAIL ${name}: the test runner produced no results`);
    return;
  }
  const report = JSON.parse(fs.readFileSync(output, 'utf8'));
  // A file that failed without a failing test (an import error, a failing hook) counts once;
  // numFailedTestSuites would also count every describe block around a failing test.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  const failed = report.numFailedTests + brokenFiles;
  totals.passed += report.numPassedTests;
  totals.failed += failed;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (report.numTotalTests === 0) {
    totals.failed += 1;
    lines.push(`FAIL ${name}: no tests ran`);
    return;
  }
  lines.push(`${failed === 0 ? 'ok  ' : 'FAIL'} ${name}: ${report.numPassedTests} passed, ${failed} failed`);
  lines.push(...failureLines(report));
}

// CI keeps only the tail of the output: name each failure there, with the first line of its message.
function failureLines(report) {
  const relative = (file) => path.relative(repoRoot, file);
  const firstLine = (text) =>
    stripVTControlCharacters(text ?? '')
      .trim()
      .split('\n')[0]
      .slice(0, 200);
  return (report.testResults ?? []).flatMap((file) => {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    if (failedTests.length === 0) {
      return file.status === 'failed' ? [`       ${relative(file.name)}: ${firstLine(file.message)}`] : [];
    }
    return failedTests.map(
      (test) => `       ${relative(file.name)} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`,
    );
  });
}

check('lint (biome)', bin('biome'), ['check', '.']);
check('typecheck (tsc)', process.execPath, ['scripts/typecheck.mjs']);
suite('unit', 'vitest.config.ts');
check('build (client)', ...pnpmArgs(['--filter', '@pactum/client', 'build']));
suite('integration', 'tests/integration/vitest.config.ts');
suite('integration (postgres)', 'tests/integration/vitest.postgres.config.ts');
suite('cluster', 'tests/cluster/vitest.config.ts');
suite('browser', 'tests/browser/vitest.config.ts');

console.log(`\n${lines.join('\n')}\n`);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed === 0 ? 0 : 1);

function pnpmArgs(args) {
  return [process.execPath, [path.join(repoRoot, 'scripts/pnpm.mjs'), ...args]];
}
