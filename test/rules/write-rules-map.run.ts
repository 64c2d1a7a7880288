import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesMap } from './rules-map';
import { SPEC_RULES } from './spec-rules';
import { specSources, testsInSource } from './tagged-tests';

// Run by `npm run rules:map`, never by `npm test` (its name does not end in .spec.ts).
it('writes docs/rules-to-tests.md from the rules and the tagged test titles', () => {
  const root = join(__dirname, '../..');
  const tests = specSources(root).flatMap(({ file, text }) => testsInSource(file, text));
  writeFileSync(join(root, 'docs/rules-to-tests.md'), rulesMap(SPEC_RULES, tests));
});
