import { seriousViolations } from './axe.ts';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { EditorPage } from './editor-page.ts';

const example = JSON.parse(
  readFileSync(new URL('../catalog/examples/serverless-api.json', import.meta.url), 'utf8'),
);

test.describe('editor: selection, storage, sharing, images', () => {
  test('shift-click and select all; a multi-selection edits shared fields', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.node('Customers').click();
    await editor.node('Orders API').click({ modifiers: ['Shift'] });
    await expect(editor.canvas.locator('.react-flow__node.selected')).toHaveCount(2);
    await expect(editor.inspector.getByRole('heading', { name: '2 nodes selected' })).toBeVisible();
    // Two subnets share their fields: one change sets both.
    await editor.node('Private subnet a').locator('.cw-group-header').click();
    await editor
      .node('Private subnet b')
      .locator('.cw-group-header')
      .click({ modifiers: ['Shift'] });
    await editor.inspector.getByLabel('Internet egress').selectOption('none');
    for (const subnet of ['Private subnet a', 'Private subnet b']) {
      await editor.node(subnet).locator('.cw-group-header').click();
      await expect(editor.inspector.getByLabel('Internet egress')).toHaveValue('none');
    }
    await editor.pane.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+a');
    await expect(editor.canvas.locator('.react-flow__node.selected')).toHaveCount(10);
  });

  test('shift-drag draws a marquee that selects the nodes inside it', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const a = (await editor.node('Customers').boundingBox())!;
    await page.mouse.move(a.x - 20, a.y - 20);
    await page.keyboard.down('Shift');
    // React Flow switches to marquee mode on its own Shift keydown listener: give it a moment.
    await page.waitForTimeout(150);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2, { steps: 5 });
    await page.mouse.move(a.x + a.width + 10, a.y + a.height + 20, { steps: 10 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect(editor.canvas.locator('.react-flow__node.selected')).toHaveCount(1);
  });

  test('a container grows to fit a child dragged towards its edge', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const subnet = editor.canvas
      .locator('.react-flow__node-group')
      .filter({ has: page.getByText('Private subnet a', { exact: true }) });
    const before = (await subnet.boundingBox())!;
    const fn = (await editor.node('Orders handler').boundingBox())!;
    await page.mouse.move(fn.x + fn.width / 2, fn.y + 20);
    await page.mouse.down();
    await page.mouse.move(fn.x + fn.width / 2 + 50, fn.y + 20, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(async () => (await subnet.boundingBox())!.width)
      .toBeGreaterThan(before.width + 20);
    // Still its child: the design file says so.
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const doc = JSON.parse(readFileSync((await (await downloaded).path())!, 'utf8'));
    expect(doc.nodes.find((n: { id: string }) => n.id === 'fn').parent).toBe('subnet-a');
  });

  test('zoomed far out, nodes draw a simplified form', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await expect(editor.canvas.locator('[data-simplified]')).toHaveCount(0);
    const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
    for (let i = 0; i < 8; i += 1) await zoomOut.click();
    await expect(editor.canvas.locator('[data-simplified]')).toHaveCount(4);
    await page.getByRole('button', { name: 'Fit View' }).click();
    await expect(editor.canvas.locator('[data-simplified]')).toHaveCount(0);
  });

  test('Tab moves through nodes and arrow keys nudge, undoably', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.node('Customers').click();
    const before = (await editor.node('Customers').boundingBox())!;
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await editor.node('Customers').boundingBox())!.x)
      .toBeGreaterThan(before.x);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => Math.round((await editor.node('Customers').boundingBox())!.x))
      .toBe(Math.round(before.x));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.className ?? '');
    expect(focused).toContain('react-flow__node');
  });

  test('deleting a container with children asks first', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.node('Orders VPC').locator('.cw-group-header').click();
    page.once('dialog', (d) => void d.dismiss());
    await page.keyboard.press('Delete');
    await expect(editor.nodesOfService('vpc')).toHaveCount(1);
    page.once('dialog', (d) => void d.accept());
    await page.keyboard.press('Delete');
    await expect(editor.nodesOfService('vpc')).toHaveCount(0);
    await expect(editor.nodesOfService('lambda-function')).toHaveCount(0);
    await expect(editor.nodesOfService('api-gateway')).toHaveCount(1);
  });

  test('dragging a node out of its container re-parents it', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const api = editor.node('Orders API');
    const from = (await api.boundingBox())!;
    const users = (await editor.node('Customers').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(users.x + users.width / 2, users.y + users.height + 120, { steps: 12 });
    await page.mouse.up();
    // Now at the top level: moving the Region no longer moves it.
    await page.getByRole('button', { name: 'Save' }).isVisible();
    const saved = await page.evaluate(async () => {
      const req = indexedDB.open('cloudwright');
      return await new Promise<string>((resolve) => {
        req.onsuccess = () => resolve('open');
      });
    });
    expect(saved).toBe('open');
    await editor.node('Orders API').click();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    await page.keyboard.press('Escape');
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save' }).click();
    const file = await downloaded;
    const doc = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(doc.nodes.find((n: { id: string }) => n.id === 'api').parent).toBeUndefined();
  });

  test('a share link opens the design in another browser; a damaged link changes nothing', async ({
    page,
    browser,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.node('Customers').click();
    await editor.inspector.getByLabel('Label').fill('Shared shoppers');
    await editor.inspector.getByLabel('Label').press('Enter');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('#design=');
    const other = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page2 = await other.newPage();
    await page2.goto(link.replace(/^https?:\/\/[^/]+/, 'http://127.0.0.1:4173'));
    await expect(new EditorPage(page2).node('Shared shoppers')).toBeVisible();
    await expect(
      page2.getByRole('status').filter({ hasText: 'Opened the shared design' }),
    ).toBeVisible();
    const page3 = await other.newPage();
    await page3.goto('http://127.0.0.1:4173/#design=AAAA-not-a-design');
    await expect(page3.getByTestId('notice-error')).toContainText('damaged or incomplete');
    await expect(new EditorPage(page3).node('Shared shoppers')).toBeVisible();
    await other.close();
  });

  test('dropping a design file on the window opens it; a hostile one is refused', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const drop = async (name: string, content: string) =>
      page.evaluate(
        ([n, c]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([c], n, { type: 'application/json' }));
          document
            .querySelector('main')!
            .dispatchEvent(
              new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
            );
        },
        [name, content],
      );
    await drop('evil.cloudwright.json', '{"__proto__": {"polluted": 1}, "nodes": [], "edges": []}');
    await expect(page.getByTestId('notice-error')).toContainText('"__proto__" is not allowed');
    await expect(editor.node('Customers')).toBeVisible();
    const other = {
      ...example,
      name: 'Dropped design',
      nodes: example.nodes.map((n: { id: string; label?: string }) =>
        n.id === 'users' ? { ...n, label: 'Dropped users' } : n,
      ),
    };
    await drop('dropped.cloudwright.json', JSON.stringify(other));
    await expect(editor.node('Dropped users')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue('Dropped design');
  });

  test('the designs list opens, renames, duplicates and deletes with confirmation', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.node('Customers').click();
    await editor.inspector.getByLabel('Label').fill('Saved shoppers');
    await editor.inspector.getByLabel('Label').press('Enter');
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect(editor.canvas.locator('.react-flow__node')).toHaveCount(0);
    await page.waitForTimeout(100);
    await page.getByRole('button', { name: 'Designs…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Designs in this browser' });
    const row = dialog.getByRole('listitem').filter({ hasText: 'Serverless orders API' }).first();
    await row.getByRole('button', { name: 'Duplicate' }).click();
    await expect(dialog.getByText('Serverless orders API (copy)')).toBeVisible();
    const copy = dialog.getByRole('listitem').filter({ hasText: 'Serverless orders API (copy)' });
    await copy.getByRole('button', { name: 'Delete' }).click();
    await copy.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(dialog.getByText('Serverless orders API (copy)')).toHaveCount(0);
    await row.getByRole('button', { name: 'Open' }).click();
    await expect(editor.node('Saved shoppers')).toBeVisible();
  });

  test('two tabs on one design never silently overwrite each other', async ({ page, context }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.node('Customers').click();
    await editor.inspector.getByLabel('Label').fill('Tab one');
    await editor.inspector.getByLabel('Label').press('Enter');
    await page.waitForTimeout(500);
    const page2 = await context.newPage();
    const editor2 = new EditorPage(page2);
    await editor2.open({ firstStart: false });
    await expect(editor2.node('Tab one')).toBeVisible();
    // Tab two saves first, then tab one edits its stale copy.
    await editor2.node('Tab one').click();
    await editor2.inspector.getByLabel('Label').fill('Tab two');
    await editor2.inspector.getByLabel('Label').press('Enter');
    await page2.waitForTimeout(500);
    await editor.node('Orders API').click();
    await editor.inspector.getByLabel('Label').fill('Edited in tab one');
    await editor.inspector.getByLabel('Label').press('Enter');
    await expect(page.getByTestId('notice-error')).toContainText('changed in another tab');
    await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue(
      /copy from another tab/,
    );
    // Both versions are kept: tab two's under the original, tab one's as a copy.
    await page2.reload();
    await page2.getByRole('button', { name: 'Designs…' }).click();
    const list = page2.getByRole('dialog', { name: 'Designs in this browser' });
    await expect(list.getByText(/copy from another tab/)).toBeVisible();
    await list
      .getByRole('listitem')
      .filter({ hasNotText: 'copy from another tab' })
      .getByRole('button', { name: 'Open' })
      .click();
    await expect(editor2.node('Tab two')).toBeVisible();
  });

  test('a storage-quota failure is reported, not swallowed', async ({ page }) => {
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
        if (this.name === 'designs')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const editor = new EditorPage(page);
    await editor.open();
    await editor.node('Customers').click();
    await editor.inspector.getByLabel('Label').fill('Will not fit');
    await editor.inspector.getByLabel('Label').press('Enter');
    await expect(page.getByTestId('notice-error')).toContainText('Browser storage is full');
  });

  test('exports the diagram as PNG and SVG', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await page.getByRole('button', { name: 'Image…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('Scale').selectOption('1');
    let download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download PNG' }).click();
    const png = await download;
    expect(png.suggestedFilename()).toBe('serverless-orders-api.png');
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    await page.getByRole('button', { name: 'Image…' }).click();
    await dialog.getByLabel('SVG').check();
    await dialog.getByLabel('Transparent').check();
    download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download SVG' }).click();
    const svg = readFileSync((await (await download).path())!, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('Orders handler');
  });

  test('dark theme has no serious accessibility violations and looks right', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await editor.node('Orders database').click();
    await page.screenshot({ path: 'test-results/screens/dark.png' });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
