/** One §1 bullet of SPEC.md, its continuation lines joined. */
export interface SpecBullet {
  readonly heading: string;
  readonly text: string;
}

/** The bullets of "## 1. Domain rules", under the plain-text headings that group them. */
export function domainRuleBullets(spec: string): SpecBullet[] {
  const section = spec.split('\n## 1. Domain rules')[1]?.split('\n## ')[0] ?? '';
  const bullets: { heading: string; text: string }[] = [];
  let heading = '';
  for (const line of section.split('\n')) {
    if (line.trim() === '') continue;
    if (line.startsWith('- ')) bullets.push({ heading, text: line.slice(2).trim() });
    else if (line.startsWith('  ') && bullets.length > 0) bullets.at(-1)!.text += ` ${line.trim()}`;
    else heading = line.trim();
  }
  return bullets;
}

/** SPEC.md as one line per paragraph, so a sentence can be found whatever its line breaks. */
export function flattened(spec: string): string {
  return spec.replace(/\s+/g, ' ');
}
