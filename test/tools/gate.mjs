#!/usr/bin/env node
// The one test gate: `npm test` runs this file.
//
// Steps, in order (each is one check; vitest's own tests are counted too):
//   typecheck  tsc on src alone (no Node types) and on src + test + examples + configs
//   build      tsup: dist/ (ESM + CJS + .d.ts/.d.cts); the platform test needs it
//   vitest     unit, property and type tests (vitest run)
//   publint    publint --strict
//   attw       attw --pack . (are the types wrong; default "strict" profile:
//              node10, node16 from CJS and from ESM, bundler; no ignored rules)
//   size       size-limit
//   docs       typedoc (warnings are errors; every export must be documented)
//
// Each step's output is streamed as it runs. A failed step does not stop the
// gate, except that steps which need dist/ are skipped (and counted as failed)
// when the build failed. The summary ends with exactly one line
// `N passed, N failed`, and the exit code is non-zero if anything failed.
//
// Plain Node ESM, no dependencies beyond Node's built-ins.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const scratch = mkdtempSync(join(tmpdir(), 'jixiao-gate-'));
const vitestJson = join(scratch, 'vitest.json');

const useColor = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

/** @typedef {{ name: string, commands: string[][], needsDist?: boolean, vitest?: boolean }} Step */

/** @type {Step[]} */
const steps = [
  {
    name: 'typecheck',
    commands: [
      [bin('tsc'), '--noEmit', '-p', 'tsconfig.build.json'],
      [bin('tsc'), '--noEmit', '-p', 'tsconfig.json'],
    ],
  },
  { name: 'build', commands: [[bin('tsup')]] },
  {
    name: 'vitest',
    vitest: true,
    commands: [
      [bin('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    ],
  },
  { name: 'publint', needsDist: true, commands: [[bin('publint'), '--strict']] },
  { name: 'attw', needsDist: true, commands: [[bin('attw'), '--pack', '.', ...(useColor ? [] : ['--no-color'])]] },
  { name: 'size', needsDist: true, commands: [[bin('size-limit')]] },
  { name: 'docs', commands: [[bin('typedoc')]] },
];

const paint = (code, text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
const bold = (t) => paint('1', t);
const green = (t) => paint('32', t);
const red = (t) => paint('31', t);
const yellow = (t) => paint('33', t);

// Colours in a terminal; plain text in a log (CI), unless the caller forces colour.
const childEnv = { ...process.env };
if (useColor) childEnv.FORCE_COLOR ??= '1';
else if (!process.env.FORCE_COLOR) childEnv.NO_COLOR = '1';

let current = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current) current.kill(signal);
    rmSync(scratch, { recursive: true, force: true });
    process.exit(130);
  });
}

/** Run one command with inherited stdio; resolve to its exit code. */
function run(argv) {
  return new Promise((resolvePromise) => {
    const [command, ...args] = argv;
    console.log(`$ ${[command.startsWith(root) ? command.slice(root.length + 1) : command, ...args].join(' ')}`);
    if (!existsSync(command)) {
      console.error(red(`gate: ${command} not found; run \`npm ci\` first.`));
      resolvePromise(127);
      return;
    }
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: childEnv,
      shell: process.platform === 'win32',
    });
    current = child;
    child.on('error', (error) => {
      console.error(red(`gate: could not start ${command}: ${error.message}`));
      current = null;
      resolvePromise(1);
    });
    child.on('close', (code, signal) => {
      current = null;
      resolvePromise(code ?? (signal ? 1 : 0));
    });
  });
}

/** Read vitest's JSON report: its passed / failed / skipped test counts. */
function vitestCounts() {
  if (!existsSync(vitestJson)) return null;
  try {
    const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
    return {
      passed: Number(report.numPassedTests ?? 0),
      failed: Number(report.numFailedTests ?? 0),
      skipped: Number(report.numPendingTests ?? 0) + Number(report.numTodoTests ?? 0),
    };
  } catch {
    return null;
  }
}

const results = [];
let tests = { passed: 0, failed: 0, skipped: 0 };
let haveDist = false;
const started = Date.now();

for (const step of steps) {
  console.log(`\n${bold(`━━ gate: ${step.name} ━━`)}`);
  const t0 = Date.now();
  if (step.needsDist && !haveDist) {
    console.log(yellow(`skipped: dist/ was not built (see the build step); counted as failed`));
    results.push({ name: step.name, status: 'skipped', ms: 0, note: 'needs dist/, build failed' });
    continue;
  }
  let code = 0;
  for (const argv of step.commands) {
    const exit = await run(argv); // run them all, so that every error shows at once
    if (code === 0) code = exit;
  }
  const ms = Date.now() - t0;
  let note = '';
  if (step.name === 'build') {
    haveDist = code === 0 && existsSync(join(root, 'dist', 'index.js')) && existsSync(join(root, 'dist', 'index.cjs'));
  }
  if (step.vitest) {
    const counts = vitestCounts();
    if (counts) {
      tests = counts;
      note = `${counts.passed} tests passed, ${counts.failed} failed` +
        (counts.skipped ? `, ${counts.skipped} skipped` : '');
    } else {
      note = 'no JSON report from vitest (it crashed or found no tests?)';
    }
  }
  results.push({ name: step.name, status: code === 0 ? 'passed' : 'failed', ms, note: note || (code === 0 ? '' : `exit code ${code}`) });
  console.log(code === 0 ? green(`✓ ${step.name} (${(ms / 1000).toFixed(1)}s)`) : red(`✗ ${step.name} failed (exit code ${code})`));
}

rmSync(scratch, { recursive: true, force: true });

const stepsPassed = results.filter((r) => r.status === 'passed').length;
const stepsFailed = results.length - stepsPassed;
const passed = stepsPassed + tests.passed;
const failed = stepsFailed + tests.failed;

console.log(`\n${bold('━━ gate summary ━━')}`);
for (const r of results) {
  const mark = r.status === 'passed' ? green('PASS') : r.status === 'skipped' ? yellow('SKIP') : red('FAIL');
  const time = r.status === 'skipped' ? '' : ` ${(r.ms / 1000).toFixed(1)}s`;
  console.log(`${mark} ${r.name.padEnd(10)}${time}${r.note ? `  ${r.note}` : ''}`);
}
console.log(
  `steps: ${stepsPassed} passed, ${stepsFailed} failed; tests: ${tests.passed} passed, ${tests.failed} failed` +
    (tests.skipped ? `, ${tests.skipped} skipped` : '') +
    `; ${((Date.now() - started) / 1000).toFixed(1)}s in all`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
