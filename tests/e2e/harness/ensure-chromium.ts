// The browser tests need Debian's Chromium at /usr/bin/chromium. On a fresh machine where we are root with
// apt-get, install it (npm's browser downloads cannot work here); otherwise say exactly what to do. Called by
// the browser tests' global setup only, so `npm run test:unit` needs no browser.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './browser.ts';

export function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    throw new Error(
      `浏览器测试需要 Chromium：请运行 sudo apt-get install -y chromium fonts-noto-cjk\n` +
        `Browser tests need Chromium at ${CHROMIUM_PATH}: run  sudo apt-get install -y chromium fonts-noto-cjk`,
    );
  }
  process.stderr.write('Installing Debian chromium and CJK fonts for the browser tests…\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
}
