import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { EditorPage } from './editor-page.ts';

test.describe('review panel', () => {
  test('a flaw shows up as a finding with a node badge; its quick fix makes it go, undoably', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    // Make the database single-AZ before the panel opens: the reliability rule fires with the edit.
    await editor.node('Orders database').click();
    await editor.inspector.getByRole('checkbox', { name: /Multi-AZ/ }).uncheck();
    await page.getByRole('tab', { name: /^Review/ }).click();
    const panel = page.getByRole('region', { name: 'Review' });
    await expect(panel).toBeVisible();
    await expect(
      panel.getByRole('list', { name: 'Scores per pillar' }).getByRole('button'),
    ).toHaveCount(6);
    const finding = panel.locator('[data-rule="data-store-single-az"]');
    await expect(finding).toHaveCount(1);
    await expect(finding).toContainText('Amazon RDS "Orders database" runs in a single AZ');
    await expect(
      editor.node('Orders database').getByRole('img', { name: 'Worst open finding: high' }),
    ).toBeVisible();
    // Clicking the finding selects its node.
    await editor.pane.click({ position: { x: 5, y: 5 } });
    await finding.getByRole('button', { name: /"Orders database" runs in a single AZ/ }).click();
    await expect(editor.node('Orders database')).toHaveClass(/selected/);
    // Filters.
    await panel.getByRole('combobox', { name: 'Pillar' }).selectOption('security');
    await expect(finding).toHaveCount(0);
    await panel.getByRole('combobox', { name: 'Pillar' }).selectOption('all');
    await panel.getByRole('combobox', { name: 'Severity' }).selectOption('high');
    await expect(finding).toHaveCount(1);
    await page.screenshot({ path: 'test-results/screens/review.png' });
    // The quick fix applies the setting; undo brings the finding back.
    await finding.getByRole('button', { name: /Quick fix/ }).click();
    await expect(finding).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(finding).toHaveCount(1);
  });

  test('a finding can be accepted with a justification, stored in the design', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await page.getByRole('tab', { name: /^Review/ }).click();
    const panel = page.getByRole('region', { name: 'Review' });
    const finding = panel.locator('[data-rule="api-gateway-without-waf"]');
    await finding.getByRole('button', { name: 'Accept…' }).click();
    await finding.getByLabel('Justification').fill('Internal API behind a corporate proxy');
    await finding.getByRole('button', { name: 'Accept finding' }).click();
    await expect(finding).toContainText('accepted: Internal API behind a corporate proxy');
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const doc = JSON.parse(readFileSync((await (await downloaded).path())!, 'utf8'));
    expect(doc.suppressions).toEqual([
      {
        rule: 'api-gateway-without-waf',
        nodes: ['api'],
        justification: 'Internal API behind a corporate proxy',
      },
    ]);
  });

  test('workload context changes what the rules say', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await page.getByRole('tab', { name: /^Review/ }).click();
    const panel = page.getByRole('region', { name: 'Review' });
    await expect(panel.locator('[data-rule="region-far-from-users"]')).toContainText(
      'cannot decide without workload context',
    );
    await panel.getByRole('button', { name: 'Workload context…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Workload context' });
    await dialog.getByLabel(/Where users are/).fill('ap-south-1');
    await dialog.getByLabel(/Where users are/).blur();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(panel.locator('[data-rule="region-far-from-users"]')).not.toContainText(
      'cannot decide',
    );
  });
});

test.describe('cost and carbon panel', () => {
  test('changing a usage input moves the total; CSV downloads', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await page.getByRole('tab', { name: 'Cost and carbon' }).click();
    const panel = page.getByRole('region', { name: 'Cost and carbon' });
    const total = panel.getByTestId('total-monthly');
    await expect(total).toHaveText(/^\$\d/);
    const before = await total.textContent();
    await panel.getByRole('button', { name: 'Orders API' }).click();
    const requests = panel.getByLabel('API requests (requests/month)');
    await requests.fill('500000000');
    await requests.press('Enter');
    await expect(total).not.toHaveText(before!);
    await page.screenshot({ path: 'test-results/screens/cost.png' });
    const downloaded = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync((await (await downloaded).path())!, 'utf8');
    expect(csv.split('\n')[0]).toMatch(/node/i);
    expect(csv).toContain('Orders API');
  });

  test('compares all 16 Regions and moves the design to the cheapest, undoably', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await page.getByRole('tab', { name: 'Cost and carbon' }).click();
    const panel = page.getByRole('region', { name: 'Cost and carbon' });
    await panel.getByRole('tab', { name: 'Compare Regions' }).click();
    const rows = panel.locator('tbody tr[data-region]');
    await expect(rows).toHaveCount(16);
    await expect(
      panel.getByRole('img', { name: /Monthly cost against carbon for 16 Regions/ }),
    ).toBeVisible();
    await panel.getByRole('button', { name: /kg CO2e\/month/ }).click();
    const cleanest = await rows.first().getAttribute('data-region');
    await expect(rows.first()).toContainText('Lowest carbon');
    await page.screenshot({ path: 'test-results/screens/compare.png' });
    const cheapestRow = panel.locator('tbody tr').filter({ hasText: 'Cheapest' }).first();
    const cheapest = await cheapestRow.getAttribute('data-region');
    if (cheapest !== 'us-east-1') {
      await cheapestRow.getByRole('button', { name: `Move to ${cheapest}` }).click();
      await expect(panel.locator(`tr[data-region="${cheapest}"]`)).toContainText('current');
      await page.keyboard.press('Control+z');
      await expect(panel.locator('tr[data-region="us-east-1"]')).toContainText('current');
    }
    await panel
      .locator(`tr[data-region="${cleanest}"]`)
      .getByRole('button', { name: `Move to ${cleanest}` })
      .click();
    await expect(panel.locator(`tr[data-region="${cleanest}"]`)).toContainText('current');
    await editor.node('US East (N. Virginia)').locator('.cw-group-header').click();
    await expect(editor.inspector.getByLabel('Region', { exact: true })).toHaveValue(cleanest!);
  });
});
