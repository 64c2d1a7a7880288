// The steps of `npm test` before Jest, run at once: type-check, lint, format check, and the build
// of dist/ that Jest's global setup would otherwise compile alone afterwards (it then finds dist/
// up to date). Each is one single-threaded process, so side by side they take about half the
// time they took one after another on a two-core machine. Each step's output is printed whole,
// in this order, once it has ended; the command fails if any step failed.
import { spawn } from 'node:child_process';

const STEPS = ['typecheck', 'lint', 'format:check', 'build'];

const run = (script) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      resolve({ script, code, output, seconds: (Date.now() - started) / 1000 }),
    );
  });

let failed = false;
for (const step of STEPS.map(run)) {
  const { script, code, output, seconds } = await step;
  const verdict = code === 0 ? 'ok' : `FAILED (exit ${code})`;
  process.stdout.write(`\n> ${script}: ${verdict} in ${seconds.toFixed(0)} s\n${output}`);
  failed ||= code !== 0;
}
process.exit(failed ? 1 : 0);
