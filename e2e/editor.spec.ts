import { expect, test, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor-page.ts';

async function centre(l: Locator) {
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Clicks a connection where its label sits on the line (the label itself lets clicks through). */
async function clickEdge(page: Page, label: string) {
  const box = (await page
    .locator('.react-flow__edge-text')
    .filter({ hasText: label })
    .boundingBox())!;
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
}

/** HTML5 drag from a palette entry to a page point (Playwright drives real drag events in Chromium). */
async function dragEntryTo(page: Page, entry: Locator, point: { x: number; y: number }) {
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await entry.dragTo(pane, {
    targetPosition: { x: point.x - box.x, y: point.y - box.y },
    force: true,
  });
}

test.describe('editor', () => {
  test('drag a service into a container makes it a child; a forbidden drop is refused with the reason', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const region = editor.canvas
      .locator('.react-flow__node-group')
      .filter({ has: page.locator('[data-service="region"]') });
    const rb = (await region.boundingBox())!;
    await editor.search.fill('SQS');
    await dragEntryTo(page, editor.paletteEntry('Amazon SQS'), {
      x: rb.x + 60,
      y: rb.y + rb.height - 30,
    });
    await expect(editor.nodesOfService('sqs-queue')).toHaveCount(1);
    await expect(editor.inspector.getByRole('heading', { name: 'Amazon SQS' })).toBeVisible();
    // The new node sits inside the Region container: moving the Region moves it too.
    const queueBefore = await centre(editor.nodesOfService('sqs-queue'));
    const header = region.locator('.cw-group-header');
    const h = await centre(header);
    await page.mouse.move(h.x, h.y);
    await page.mouse.down();
    await page.mouse.move(h.x + 40, h.y + 30, { steps: 5 });
    await page.mouse.up();
    const queueAfter = await centre(editor.nodesOfService('sqs-queue'));
    expect(Math.round(queueAfter.x - queueBefore.x)).toBeGreaterThan(20);

    await editor.search.fill('Amazon VPC');
    const pane = await editor.pane.boundingBox();
    await dragEntryTo(page, editor.paletteEntry('Amazon VPC'), {
      x: pane!.x + 40,
      y: pane!.y + pane!.height - 40,
    });
    const notice = await editor.errorNotice();
    await expect(notice).toContainText('Amazon VPC cannot be placed in the top level');
    await expect(editor.nodesOfService('vpc')).toHaveCount(1);
  });

  test('keyboard: Enter on a catalog entry adds into the selected container; C connects; Delete removes', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.node('US East (N. Virginia)').locator('.cw-group-header').click();
    await editor.search.fill('Amazon SNS');
    await editor.paletteEntry('Amazon SNS').focus();
    await page.keyboard.press('Enter');
    await expect(editor.nodesOfService('sns-topic')).toHaveCount(1);
    await expect(
      page.getByRole('status').filter({ hasText: 'Added Amazon SNS to US East (N. Virginia)' }),
    ).toBeVisible();
    // The new topic is selected: connect it to the Lambda function from the keyboard.
    await editor.inspector.getByLabel('Label').fill('Order events');
    await editor.inspector.getByLabel('Label').press('Enter');
    await editor.canvas.click({ position: { x: 5, y: 5 } }).catch(() => undefined);
    await editor.node('Order events').click();
    await page.keyboard.press('c');
    const dialog = page.getByRole('dialog', { name: /Connect Order events to/ });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: /Orders handler/ }).click();
    await expect(editor.canvas.locator('.react-flow__edge')).toHaveCount(4);
    // Delete the topic with the keyboard; its edge goes with it.
    await editor.node('Order events').click();
    await page.keyboard.press('Delete');
    await expect(editor.nodesOfService('sns-topic')).toHaveCount(0);
    await expect(editor.canvas.locator('.react-flow__edge')).toHaveCount(3);
    // Undo brings both back, redo removes them again.
    await page.keyboard.press('Control+z');
    await expect(editor.nodesOfService('sns-topic')).toHaveCount(1);
    await expect(editor.canvas.locator('.react-flow__edge')).toHaveCount(4);
    await page.keyboard.press('Control+Shift+z');
    await expect(editor.nodesOfService('sns-topic')).toHaveCount(0);
  });

  test('connect by dragging between handles; a forbidden connection is refused', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const from = await centre(editor.node('Orders database').locator('.react-flow__handle-right'));
    const to = await centre(editor.node('Customers').locator('.react-flow__handle-left'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 10 });
    await page.mouse.up();
    await expect(editor.canvas.locator('.react-flow__edge')).toHaveCount(3);
    await expect(await editor.errorNotice()).toContainText(
      'Connection refused: Amazon RDS has no integration with Users',
    );
    // Allowed: users may call any service.
    const a = await centre(editor.node('Customers').locator('.react-flow__handle-right'));
    const b = await centre(editor.node('Orders handler').locator('.react-flow__handle-left'));
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(b.x, b.y, { steps: 10 });
    await page.mouse.up();
    await expect(editor.canvas.locator('.react-flow__edge')).toHaveCount(4);
    await expect(
      editor.canvas.locator('.react-flow__edge-text').filter({ hasText: 'uses' }),
    ).toHaveCount(1);
  });

  test('inspector checks ranges inline and every change is undoable', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.node('Orders handler').click();
    const timeout = editor.inspector.getByLabel(/^Timeout/);
    await timeout.fill('5000');
    await expect(editor.inspector.getByRole('alert')).toContainText('above the maximum 900');
    await timeout.fill('30');
    await timeout.press('Enter');
    await expect(editor.inspector.getByRole('alert')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await editor.node('Orders handler').click();
    await expect(editor.inspector.getByLabel(/^Timeout/)).toHaveValue('30');
    await editor.canvas.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('Control+z');
    await editor.node('Orders handler').click();
    await expect(editor.inspector.getByLabel(/^Timeout/)).toHaveValue('10');
  });

  test('a label full of HTML is shown as text and runs nothing', async ({ page }) => {
    const editor = new EditorPage(page);
    let alerted = false;
    page.on('dialog', async (d) => {
      alerted = true;
      await d.dismiss();
    });
    await editor.open();
    await editor.node('Customers').click();
    await editor.inspector.getByLabel('Label').fill('<img src=x onerror=alert(1)>');
    await editor.inspector.getByLabel('Label').press('Enter');
    await expect(
      editor.canvas.getByText('<img src=x onerror=alert(1)>', { exact: true }),
    ).toBeVisible();
    expect(alerted).toBe(false);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  test('copy, paste and duplicate give new ids and keep internal edges', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.node('Customers').click();
    await page.keyboard.press('Control+d');
    await expect(editor.nodesOfService('users')).toHaveCount(2);
    await page.keyboard.press('Control+z');
    await expect(editor.nodesOfService('users')).toHaveCount(1);
  });

  test('the cheat sheet opens on ? and the command palette on Ctrl+K', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.pane.click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette).toBeVisible();
    await page.keyboard.type('Add Amazon DynamoDB');
    await expect(palette.getByRole('option').first()).toHaveText('Add Amazon DynamoDB');
    await page.keyboard.press('Enter');
    await expect(editor.nodesOfService('dynamodb-table')).toHaveCount(1);
  });

  test('edits survive a reload (autosave) and a malformed file leaves the design as it was', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.node('Customers').click();
    await editor.inspector.getByLabel('Label').fill('Shoppers');
    await editor.inspector.getByLabel('Label').press('Enter');
    await expect(editor.node('Shoppers')).toBeVisible();
    await page.waitForTimeout(600);
    await page.reload();
    await expect(editor.node('Shoppers')).toBeVisible();
    await page.getByTestId('open-file').setInputFiles({
      name: 'broken.cloudwright.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"nodes": ['),
    });
    const notice = await editor.errorNotice();
    await expect(notice).toContainText('broken.cloudwright.json: not valid JSON');
    await expect(editor.node('Shoppers')).toBeVisible();
  });

  test('auto-layout runs in a worker and is undoable', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const before = await editor.node('Customers').boundingBox();
    await page.getByRole('button', { name: 'Layout', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Layout applied' })).toBeVisible();
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(400);
    const after = await editor.node('Customers').boundingBox();
    expect(Math.abs(after!.x - before!.x)).toBeLessThan(80);
  });

  test('a selected connection shows its label and meaning, both editable and undoable', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await clickEdge(page, 'reads and writes orders');
    await expect(editor.inspector.getByRole('heading', { name: 'Connection' })).toBeVisible();
    await expect(editor.inspector.getByText('Orders handler → Orders database')).toBeVisible();
    const meaning = editor.inspector.getByLabel('Meaning');
    await expect(meaning).toHaveValue('write');
    await meaning.selectOption('read');
    await expect(meaning).toHaveValue('read');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await clickEdge(page, 'reads and writes orders');
    await expect(editor.inspector.getByLabel('Meaning')).toHaveValue('write');
  });
});
