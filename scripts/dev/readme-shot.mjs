// Dev aid: the README screenshot. Usage: node scripts/dev/readme-shot.mjs (needs `npx vite preview` on 4173).
import { chromium } from '@playwright/test';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto('http://127.0.0.1:4173/');
await page.getByRole('button', { name: 'Continue with the example' }).click();
await page.getByRole('tab', { name: /^Review/ }).click();
await page.waitForTimeout(600);
await page.locator('.react-flow__node').filter({ hasText: 'Orders database' }).last().click();
await page.waitForTimeout(400);
await page.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
