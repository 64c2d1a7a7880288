import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** `[R-some-rule]` in a test's or a describe block's title names the rule it pins. */
export const RULE_TAG = /\[(R-[a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

export interface TestTitle {
  /** Path from the repository root, with forward slashes. */
  readonly file: string;
  /** The enclosing describe titles and the test's own, outermost first. */
  readonly path: readonly string[];
  /** Rule ids named by the test's title or by any enclosing describe title. */
  readonly tags: readonly string[];
  /** `it.skip`, `xit`, `it.todo` or inside a skipped describe: it pins nothing. */
  readonly skipped: boolean;
}

const BLOCKS = new Set(['describe', 'fdescribe', 'xdescribe']);
const TESTS = new Set(['it', 'test', 'fit', 'xit', 'xtest']);
const SKIPPING = new Set(['skip', 'todo']);

interface Callee {
  readonly kind: 'block' | 'test';
  readonly skipped: boolean;
}

/** `it`, `it.each(...)`, `describe.skip`, `test.concurrent.each(...)`: what kind of call, if any. */
function calleeOf(expression: ts.Expression): Callee | undefined {
  const names: string[] = [];
  let node: ts.Expression = expression;
  for (;;) {
    if (ts.isCallExpression(node)) node = node.expression;
    else if (ts.isPropertyAccessExpression(node)) {
      names.unshift(node.name.text);
      node = node.expression;
    } else break;
  }
  if (!ts.isIdentifier(node)) return undefined;
  const root = node.text;
  const kind = BLOCKS.has(root) ? 'block' : TESTS.has(root) ? 'test' : undefined;
  if (kind === undefined) return undefined;
  const skipped = root.startsWith('x') || names.some((name) => SKIPPING.has(name));
  return { kind, skipped };
}

/** The literal text of a title; a template's interpolations are kept as written. */
function titleOf(argument: ts.Expression | undefined, source: ts.SourceFile): string | undefined {
  if (argument === undefined) return undefined;
  if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) {
    return argument.text;
  }
  if (ts.isTemplateExpression(argument)) return argument.getText(source).slice(1, -1);
  return undefined;
}

function tagsIn(title: string): string[] {
  return [...title.matchAll(RULE_TAG)].map((match) => match[1]!);
}

/** Every test (`it`/`test`, including `.each`) of one spec file, with its titles and tags. */
export function testsInSource(file: string, text: string): TestTitle[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: TestTitle[] = [];
  const visit = (node: ts.Node, path: readonly string[], skipped: boolean): void => {
    if (ts.isCallExpression(node)) {
      const callee = calleeOf(node.expression);
      const title = callee && titleOf(node.arguments[0], source);
      if (callee && title !== undefined) {
        const inner = [...path, title];
        const isSkipped = skipped || callee.skipped;
        if (callee.kind === 'test') {
          found.push({ file, path: inner, tags: tagsIn(inner.join(' ')), skipped: isSkipped });
          return;
        }
        node.forEachChild((child) => visit(child, inner, isSkipped));
        return;
      }
    }
    node.forEachChild((child) => visit(child, path, skipped));
  };
  visit(source, [], false);
  return found;
}

function specFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.spec.ts'))
    .map((name) => join(directory, name));
}

/** The spec files under `src/` and `test/` (what `npm test` runs), read as source, never run. */
export function specSources(root: string): { file: string; text: string }[] {
  return ['src', 'test']
    .flatMap((folder) => specFiles(join(root, folder)))
    .map((path) => ({
      file: relative(root, path).split('\\').join('/'),
      text: readFileSync(path, 'utf8'),
    }))
    .sort((a, b) => a.file.localeCompare(b.file));
}
