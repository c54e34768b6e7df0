// Runs before `npm test`: the browser tests need Debian's Chromium at /usr/bin/chromium.
// On a fresh machine where we are root with apt-get, install it; otherwise say exactly what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    process.stderr.write(
      `浏览器测试需要 Chromium：请运行 sudo apt-get install -y chromium fonts-noto-cjk\n` +
        `Browser tests need Chromium at ${CHROMIUM}: run  sudo apt-get install -y chromium fonts-noto-cjk\n`,
    );
    process.exit(1);
  }
  process.stderr.write('Installing Debian chromium and CJK fonts for the browser tests…\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
}
