import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder holding package.json, found by walking up from `from`. Assets that stay in the
 * repository (fonts) are located from here, so the same code works from the TypeScript sources
 * (ts-jest: libs/documents/src) and from the compiled output (dist/libs/documents/src).
 */
export function findRepositoryRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}
