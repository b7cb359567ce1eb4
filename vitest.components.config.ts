// The "components" test project: MDX components rendered with Astro's
// Container API inside Astro's own Vite setup, so astro:content works and
// each component is tested without a full build.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    include: ['src/components/**/*.container.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
