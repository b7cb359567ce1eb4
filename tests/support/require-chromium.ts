// Browser tests never skip: without Chromium (or poppler-utils, which the
// print tests use to read the PDFs Chromium makes) they install it (as root on
// Debian) or fail with the command that installs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Tool {
  /** What the error calls it. */
  name: string;
  command: string;
  args: string[];
  debianPackage: string;
  /** Only install Debian's package when the tool is expected where Debian puts it. */
  installable: boolean;
  hint: string;
}

const tools: Tool[] = [
  {
    name: "Debian's Chromium",
    command: chromiumPath,
    args: ['--version'],
    debianPackage: 'chromium',
    installable: chromiumPath === '/usr/bin/chromium',
    hint: 'or point CHROMIUM_PATH at another Chromium.',
  },
  {
    name: 'pdfinfo and pdftotext (poppler-utils)',
    command: 'pdfinfo',
    args: ['-v'],
    debianPackage: 'poppler-utils',
    installable: true,
    hint: 'The print tests read page sizes and text from the PDFs Chromium prints.',
  },
  {
    name: "Debian's nginx",
    command: '/usr/sbin/nginx',
    args: ['-v'],
    debianPackage: 'nginx',
    installable: true,
    hint: 'The deployment test serves dist/ with deploy/nginx.conf and checks it in Chromium.',
  },
  {
    name: 'openssl',
    command: 'openssl',
    args: ['version'],
    debianPackage: 'openssl',
    installable: true,
    hint: 'The deployment test makes a throwaway certificate so nginx serves https as in production.',
  },
];

const installCommand = (pkg: string) =>
  `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${pkg}`;

export default function requireBrowserTools(): void {
  for (const tool of tools) requireTool(tool);
}

/** The W3C Nu HTML Checker (vnu-jar) runs on Java; Debian's headless JRE is enough. */
export function requireJava(): void {
  requireTool({
    name: 'Java 11 or newer',
    command: 'java',
    args: ['-version'],
    debianPackage: 'default-jre-headless',
    installable: true,
    hint: 'The HTML test runs the W3C Nu HTML Checker (vnu-jar), which is a Java program.',
  });
}

function requireTool(tool: Tool): void {
  if (works(tool)) return;
  const command = installCommand(tool.debianPackage);
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync('/etc/debian_version');
  if (isRoot && isDebian && tool.installable) {
    console.log(`${tool.name} is missing: installing Debian's package (${command})…`);
    const run = spawnSync('sh', ['-c', command], { stdio: 'inherit' });
    if (run.status === 0 && works(tool)) return;
  }
  throw new Error(
    `These tests need ${tool.name} (${tool.command}), and it is not there or does not start.\n` +
      `Install it with:\n  sudo sh -c '${command}'\n${tool.hint} These tests are never skipped.`,
  );
}

function works(tool: Tool): boolean {
  try {
    execFileSync(tool.command, tool.args, { stdio: 'pipe', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}
