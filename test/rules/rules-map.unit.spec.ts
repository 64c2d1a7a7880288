import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemsOf, rulesMap } from './rules-map';
import { SPEC_RULES } from './spec-rules';
import { domainRuleBullets, flattened } from './spec-text';
import { specSources, testsInSource } from './tagged-tests';

const ROOT = join(__dirname, '../..');
const MAP = join(ROOT, 'docs/rules-to-tests.md');
const SPEC = join(ROOT, '../shared/SPEC.md');

// Read as text, never run: this spec costs a parse of the test files, not the tests themselves.
const sources = specSources(ROOT);
const tests = sources.flatMap(({ file, text }) => testsInSource(file, text));
// This folder's own specs hold made-up tags as fixtures.
const taggable = sources.filter(({ file }) => !file.startsWith('test/rules/'));

describe('The map from SPEC rules to the tests that pin them', () => {
  it('has a test for every rule not explicitly pending, and no tag that names no rule', () => {
    expect(problemsOf(SPEC_RULES, tests, taggable)).toEqual([]);
  });

  it('is what docs/rules-to-tests.md says (npm run rules:map regenerates it)', () => {
    expect(readFileSync(MAP, 'utf8')).toBe(rulesMap(SPEC_RULES, tests));
  });

  // SPEC.md lives beside the repository, not in it; a checkout without it cannot compare.
  const withSpec = existsSync(SPEC) ? it : it.skip;
  withSpec(
    'lists every rule of SPEC.md §1 word for word (skipped without ../shared/SPEC.md)',
    () => {
      const spec = readFileSync(SPEC, 'utf8');
      const listed = SPEC_RULES.filter((rule) => rule.section.startsWith('§1'));
      expect(listed.map((rule) => [rule.section, rule.text])).toEqual(
        domainRuleBullets(spec).map((bullet) => [`§1 ${bullet.heading}`, bullet.text]),
      );
      const others = SPEC_RULES.filter((rule) => !rule.section.startsWith('§1'));
      for (const rule of others) expect(flattened(spec)).toContain(rule.text);
    },
  );
});

describe('Reading rule tags from test titles', () => {
  const read = (text: string) => testsInSource('a.spec.ts', text);

  it('takes tags from the test and every describe around it, including .each titles', () => {
    const found = read(`
      describe('[R-a] outer', () => {
        describe.each([1])('inner %s', () => {
          it.each([2])('[R-b] [R-c] case %s', () => undefined);
          test(\`\${'x'} [R-d] templated\`, async () => undefined);
        });
      });
      it('untagged', () => undefined);`);
    expect(found.map((test) => [test.path.at(-1), test.tags, test.skipped])).toEqual([
      ['[R-b] [R-c] case %s', ['R-a', 'R-b', 'R-c'], false],
      ["${'x'} [R-d] templated", ['R-a', 'R-d'], false],
      ['untagged', [], false],
    ]);
  });

  it('counts skipped, todo and x-prefixed tests as skipped, however deep the skip', () => {
    const found = read(`
      it.skip('[R-a] one', () => undefined);
      xit('[R-a] two', () => undefined);
      it.todo('[R-a] three');
      describe.skip('[R-b] block', () => { it('four', () => undefined); });
      it('[R-a] five', () => undefined);`);
    expect(found.map((test) => test.skipped)).toEqual([true, true, true, true, false]);
  });

  it('fails a rule pinned only by a skipped test, an unknown tag, and a pending rule with tests', () => {
    const rules = [
      { id: 'R-a', section: '§1 S', text: 'a' },
      { id: 'R-b', section: '§1 S', text: 'b', pendingIssue: 10 },
    ];
    const text = `it.skip('[R-a] x', () => 1); it('[R-b] y', () => 1); it('[R-zz] z', () => 1);`;
    const problems = problemsOf(rules, read(text), [{ file: 'a.spec.ts', text }]);
    expect(problems).toEqual([
      expect.stringMatching(/^R-a is pinned by no test/),
      expect.stringMatching(/^R-b is pinned by tests now/),
      'a.spec.ts names [R-zz], which is no rule',
      'a.spec.ts: a skipped test names [R-a]; a skipped test pins nothing',
    ]);
  });

  it('reads the SPEC bullets under their headings, joining continuation lines', () => {
    const spec = '# T\n\n## 1. Domain rules\n\nHeading\n- one\n  more\n- two\n\n## 2. Roles\n- not';
    expect(domainRuleBullets(spec)).toEqual([
      { heading: 'Heading', text: 'one more' },
      { heading: 'Heading', text: 'two' },
    ]);
  });
});
