// Browser tests never skip: without Chromium they install it (as root on
// Debian) or fail with the command that installs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const installCommand =
  'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium';

export default function requireChromium(): void {
  if (works()) return;
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync('/etc/debian_version');
  if (isRoot && isDebian && chromiumPath === '/usr/bin/chromium') {
    console.log(`Chromium is missing: installing Debian's package (${installCommand})…`);
    const run = spawnSync('sh', ['-c', installCommand], { stdio: 'inherit' });
    if (run.status === 0 && works()) return;
  }
  throw new Error(
    `Browser tests need Debian's Chromium at ${chromiumPath}, and it is not there or does not start.\n` +
      `Install it with:\n  sudo sh -c '${installCommand}'\n` +
      `or point CHROMIUM_PATH at another Chromium. Browser tests are never skipped.`,
  );
}

function works(): boolean {
  if (!existsSync(chromiumPath)) return false;
  try {
    execFileSync(chromiumPath, ['--version'], { stdio: 'pipe', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}
