// Build-output and browser tests read dist/; refuse to run against nothing.
import { existsSync } from 'node:fs';

export default function requireDist(): void {
  for (const file of ['dist/index.html', 'dist/sw.js', 'dist/pagefind/pagefind-entry.json']) {
    if (!existsSync(file)) {
      throw new Error(
        `${file} is missing. Build the site first: npm run build (npm test does this for you).`,
      );
    }
  }
}
