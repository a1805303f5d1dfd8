import { seriousViolations as axeViolations } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { EditorPage } from './editor-page.ts';

const NOTE = 'Nightly snapshots are restored every month by the platform team.';
const NA_REASON = 'No on-premises network: the API is the only entry point.';

function seriousViolations(page: Page): Promise<string[]> {
  return axeViolations(page, '[role="dialog"][aria-label="Well-Architected review"]');
}

test('a Well-Architected review session: answers, quick fix, milestones, comparison, report, meeting mode', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const editor = new EditorPage(page);
  await editor.open();
  const session = page.getByRole('dialog', { name: 'Well-Architected review' });
  const openSession = async () => {
    await page.getByRole('button', { name: 'Review session' }).click();
    await expect(session).toBeVisible();
    await expect(session.getByRole('status').filter({ hasText: /Saved|Saving/ })).toBeVisible();
  };
  await openSession();

  // Six pillars; the review already pre-filled some answers (high risks counted in Security).
  const nav = session.getByRole('navigation', { name: 'Pillars and questions' });
  await expect(nav.locator('[data-pillar]')).toHaveCount(6);
  await expect(nav.locator('[data-pillar="security"]')).toContainText(/[1-9] high/);

  // Answer REL09: check a best practice, write a note, confirm.
  await nav.getByRole('button', { name: /^Reliability/ }).click();
  await nav.getByRole('button', { name: /REL09 How do you back up data\?/ }).click();
  const rel09 = session.locator('article[data-question="REL09"]');
  await expect(rel09.getByRole('heading', { name: 'How do you back up data?' })).toBeVisible();
  await expect(rel09.locator('[data-bp="REL09-BP03"]')).toContainText(
    'Suggested met by the review',
  );
  await rel09.getByRole('checkbox', { name: /REL09-BP01/ }).check();
  await rel09.getByLabel('Notes').fill(NOTE);
  await rel09.getByRole('button', { name: 'Confirm answer' }).click();
  await expect(rel09.getByRole('button', { name: 'Answer confirmed' })).toBeDisabled();
  await expect(rel09).toContainText('Confirmed by the team');
  await expect(rel09.locator('[data-risk]').first()).toHaveText('High risk');
  await rel09.getByRole('heading', { name: 'How do you back up data?' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/session-questions.png' });

  // Mark REL02 not applicable, with a reason.
  await nav.getByRole('button', { name: /REL02 How do you plan your network topology\?/ }).click();
  const rel02 = session.locator('article[data-question="REL02"]');
  await rel02.getByRole('checkbox', { name: 'Not applicable' }).check();
  await rel02.getByLabel('Reason it does not apply').fill(NA_REASON);
  await expect(rel02.locator('[data-risk]').first()).toHaveText('No risk');
  await expect(rel02.getByRole('checkbox', { name: /REL02-BP01/ })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/session-not-applicable.png' });
  await expect(nav.getByRole('button', { name: /^Reliability/ })).toContainText('2/13 answered');

  // The improvement plan: a quick fix makes its item go.
  await session.getByRole('tab', { name: /Improvement plan/ }).click();
  const throttling = session.locator('[data-bp="REL05-BP02"]');
  await expect(throttling).toContainText('is not throttled');
  await page.screenshot({ path: 'test-results/screens/session-plan.png' });
  await throttling.getByRole('button', { name: /Quick fix: Throttle/ }).click();
  await expect(throttling).toHaveCount(0);

  // Milestone "Before".
  await session.getByRole('tab', { name: /Milestones/ }).click();
  await session.getByLabel('Milestone name').fill('Before');
  await session.getByRole('button', { name: 'Save milestone' }).click();
  await expect(session.locator('tr[data-milestone="Before"]')).toBeVisible();

  // Change the design behind the overlay: the database becomes single-AZ.
  await session.getByRole('button', { name: 'Close' }).click();
  await expect(session).toHaveCount(0);
  await editor.node('Orders database').click();
  await editor.inspector.getByRole('checkbox', { name: /Multi-AZ/ }).uncheck();

  // Reopen: the session was saved; milestone "After" and the comparison.
  await openSession();
  await expect(session.getByRole('tab', { name: /Milestones/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(session.locator('tr[data-milestone="Before"]')).toBeVisible();
  // The editor's shortcuts stay off behind the overlay: Delete must not remove the selected database.
  await page.keyboard.press('Delete');
  await session.getByLabel('Milestone name').fill('After');
  await session.getByRole('button', { name: 'Save milestone' }).click();
  await expect(session.locator('tr[data-milestone="After"]')).toBeVisible();
  await expect(session.getByLabel('Compare from')).toHaveValue('milestone-1');
  await expect(session.getByLabel('Compare to')).toHaveValue('milestone-2');
  await session.getByRole('button', { name: 'Compare' }).click();
  const comparison = session.getByRole('region', { name: /Before.*After/ });
  await expect(
    comparison.getByTestId('findings-new').locator('[data-rule="data-store-single-az"]'),
  ).toBeVisible();
  await expect(comparison.locator('.cw-tile').filter({ hasText: 'Cost per month' })).toContainText(
    /[+−]\$[\d,.]+/,
  );
  await expect(comparison.getByTestId('design-diff')).toContainText('Orders database');
  await comparison.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/session-compare.png', fullPage: false });

  // Show on canvas: the overlay closes and the changed database is marked.
  await comparison.getByRole('button', { name: 'Show on canvas' }).click();
  await expect(session).toHaveCount(0);
  await expect(editor.node('Orders database').locator('[data-diff="changed"]')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/session-canvas-marks.png' });

  // The report, as Markdown.
  await openSession();
  await session.getByRole('button', { name: 'Clear marks' }).click();
  await expect(page.locator('[data-diff]')).toHaveCount(0);
  await session.getByRole('tab', { name: 'Report' }).click();
  await expect(session.getByRole('table', { name: 'Question risks per pillar' })).toBeVisible();
  const downloaded = page.waitForEvent('download');
  await session.getByRole('button', { name: 'Download Markdown' }).click();
  const md = readFileSync((await (await downloaded).path())!, 'utf8');
  expect(md).toContain('# Well-Architected review: Serverless orders API');
  for (const pillar of [
    'Operational Excellence',
    'Security',
    'Reliability',
    'Performance Efficiency',
    'Cost Optimization',
    'Sustainability',
  ]) {
    expect(md).toContain(`\n## ${pillar}\n`);
  }
  expect(md).toContain(NOTE);
  expect(md).toContain(`- Not applicable: ${NA_REASON}`);
  expect(md).toContain('\n## Improvement plan\n');
  expect(md).not.toContain('REL05-BP02 Implement graceful');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/session-report.png' });
  const popup = page.waitForEvent('popup');
  await session.getByRole('button', { name: 'Open printable report' }).click();
  const printable = await popup;
  await expect(printable.getByRole('heading', { level: 1 })).toHaveText('Serverless orders API');
  await expect(printable.getByRole('heading', { name: 'Improvement plan' })).toBeVisible();
  await expect(printable.locator('body')).toContainText(NOTE);
  await printable.close();

  // Meeting mode: one question at a time, keyboard driven.
  await session.getByRole('tab', { name: /Questions/ }).click();
  await session
    .locator('[data-pillar="reliability"]')
    .getByRole('button', { name: /REL09/ })
    .click();
  await session.getByRole('button', { name: 'Meeting mode' }).click();
  await expect(page.getByTestId('notice-info')).toHaveCount(0, { timeout: 20_000 });
  const meeting = session.getByTestId('meeting-mode');
  const title = meeting.getByTestId('meeting-question-title');
  await expect(title).toHaveText('How do you back up data?');
  await expect(meeting.getByRole('progressbar')).toHaveAttribute(
    'aria-valuetext',
    /Question \d+ of 57, Reliability/,
  );
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/session-meeting.png' });
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('How do you use fault isolation to protect your workload?');
  await page.keyboard.press('2');
  await expect(meeting.getByRole('checkbox', { name: /REL10-BP02/ })).toBeChecked();
  await page.screenshot({ path: 'test-results/screens/session-meeting-next.png' });
  await page.keyboard.press('k');
  await expect(title).toHaveText('How do you back up data?');
  await page.keyboard.press('Escape');
  await expect(meeting).toHaveCount(0);
  await expect(session).toBeVisible();

  // Escape closes the screen. Dark theme: the same screens stay readable.
  await page.keyboard.press('Escape');
  await expect(session).toHaveCount(0);
  await page.getByRole('button', { name: 'Dark' }).click();
  await openSession();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/session-questions-dark.png' });
  await session.getByRole('button', { name: 'Meeting mode' }).click();
  await expect(meeting).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/session-meeting-dark.png' });
  expect(errors).toEqual([]);
});

test('a review session on a gallery template: pre-filled risks, an answer, a milestone and the report', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open({ keepGallery: true });
  const gallery = page.getByRole('dialog', { name: /Welcome to Cloudwright/ });
  await gallery.getByLabel('Search templates').fill('Kinesis Data Streams');
  await gallery
    .getByRole('button', { name: /^Open .*Kinesis Data Streams/ })
    .first()
    .click();
  await expect(editor.nodesOfService('kinesis-data-streams')).not.toHaveCount(0);
  const title = await page.getByRole('textbox', { name: 'Design name' }).inputValue();
  await page.getByRole('button', { name: 'Review session' }).click();
  const session = page.getByRole('dialog', { name: 'Well-Architected review' });
  await expect(session).toBeVisible();
  const nav = session.getByRole('navigation', { name: 'Pillars and questions' });
  await expect(nav.locator('[data-pillar]')).toHaveCount(6);
  // Answer one operational-excellence question and confirm it.
  await nav.getByRole('button', { name: /^Operational Excellence/ }).click();
  const first = nav.getByRole('button', { name: /^OPS01 / });
  await first.click();
  const ops01 = session.locator('article[data-question="OPS01"]');
  await ops01.getByLabel('Notes').fill('Priorities agreed with the data team.');
  await ops01.getByRole('button', { name: 'Confirm answer' }).click();
  await expect(ops01).toContainText('Confirmed by the team');
  await session.getByRole('tab', { name: /Milestones/ }).click();
  await session.getByLabel('Milestone name').fill('Baseline');
  await session.getByRole('button', { name: 'Save milestone' }).click();
  await expect(session.locator('tr[data-milestone="Baseline"]')).toBeVisible();
  await session.getByRole('tab', { name: 'Report' }).click();
  const downloaded = page.waitForEvent('download');
  await session.getByRole('button', { name: 'Download Markdown' }).click();
  const md = readFileSync((await (await downloaded).path())!, 'utf8');
  expect(md).toContain(title);
  expect(md).toContain('Priorities agreed with the data team.');
  expect(md).toMatch(/## .*Improvement plan/i);
});
