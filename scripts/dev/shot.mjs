// Dev aid: screenshot a page of the built app and print console errors. Usage: node scripts/dev/shot.mjs URL OUT.png
import { chromium } from '@playwright/test';
const [url = 'http://127.0.0.1:4173/', out = '/tmp/shot.png', w = '1280', h = '720'] =
  process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text());
});
page.on('pageerror', (e) => console.log('pageerror', e.stack));
await page.goto(url);
await page.waitForTimeout(2500);
await page.screenshot({ path: out });
await browser.close();
