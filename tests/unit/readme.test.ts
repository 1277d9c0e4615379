/** The README stays short, and the links of the README and docs/ lead to files that exist. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README_MAX_CHARACTERS = 12_000;

function relativeLinks(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z]+:/.test(target));
}

describe('docs', () => {
  it(`keeps README.md within ${README_MAX_CHARACTERS} characters`, () => {
    expect([...readFileSync(join(ROOT, 'README.md'), 'utf8')].length).toBeLessThanOrEqual(
      README_MAX_CHARACTERS,
    );
  });

  const files = [
    'README.md',
    'data/README.md',
    ...readdirSync(join(ROOT, 'docs')).map((name) => `docs/${name}`),
  ].filter((file) => file.endsWith('.md'));
  it.each(files)('%s links to files that exist', (file) => {
    for (const target of relativeLinks(file)) {
      expect(existsSync(join(ROOT, dirname(file), target)), `${file} → ${target}`).toBe(true);
    }
  });
});
