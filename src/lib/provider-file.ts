import { stringify } from 'yaml';
import type { Provider } from '../schemas/provider.ts';

/** A provider as the MDX file editors keep in content/providers/. */
export function providerFile(data: Provider, body: string): string {
  const plain = JSON.parse(
    JSON.stringify({ ...data, verified: data.verified.toISOString().slice(0, 10) }),
  );
  return `---\n${stringify(plain, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}
