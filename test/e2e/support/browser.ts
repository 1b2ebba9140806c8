import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, headless, with the flags these sandboxed machines need. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
