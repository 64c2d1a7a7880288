import { spawn } from 'node:child_process';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store';
import { streamWriter, type Written } from './stream-writer';

/** Compiles our TypeScript on require, so a plain child process can run the store's source. */
const TS_HOOK = `
  const ts = require('typescript');
  const { readFileSync } = require('node:fs');
  require.extensions['.ts'] = (module, file) =>
    module._compile(ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    }).outputText, file);
  require(process.argv[1]).main(process.argv.slice(2));
`;

/** Runs `writers` concurrent stream writers in another process, on its own store on `file`. */
export function writeFromAnotherProcess(
  file: string,
  writers: number,
  appends: number,
): Promise<Written[]> {
  const child = spawn(
    process.execPath,
    ['-e', TS_HOOK, __filename, file, String(writers), String(appends)],
    { cwd: process.cwd(), env: { ...process.env, NODE_OPTIONS: '' } },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as Written[]) : reject(new Error(err)),
    ),
  );
}

/** The child's side: writes, then prints what each writer appended and saw refused. */
export async function main([file, writers, appends]: string[]): Promise<void> {
  const store = new SqliteEventStore(file!, 20);
  const written = await Promise.all(
    Array.from({ length: Number(writers) }, () => streamWriter(store, Number(appends))),
  );
  await store.close();
  process.stdout.write(JSON.stringify(written));
}
