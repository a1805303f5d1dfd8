import { seriousViolations } from './axe.ts';
import { expect, test } from '@playwright/test';
import { EditorPage } from './editor-page.ts';

test('first start opens the example design with its services and containers', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue(
    'Serverless orders API',
  );
  for (const label of [
    'Customers',
    'Orders API',
    'Orders handler',
    'Orders database',
    'Orders VPC',
  ]) {
    await expect(editor.node(label)).toBeVisible();
  }
  await expect(editor.canvas.locator('.react-flow__edge')).toHaveCount(3);
  await page.screenshot({ path: 'test-results/screens/first-start.png' });
});

test('the palette lists the catalog and searches name, alias and category', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await expect(editor.paletteEntry('Amazon SQS')).toBeVisible();
  await editor.search.fill('AppStream 2.0');
  await expect(editor.paletteEntry('Amazon WorkSpaces Applications')).toBeVisible();
  await editor.search.fill('Kinesis Data Analytics');
  await expect(editor.paletteEntry('Amazon Managed Service for Apache Flink')).toBeVisible();
  await editor.search.fill('no such service at all');
  await expect(editor.palette.getByText(/No service matches/)).toBeVisible();
});

test('selecting a node shows its catalog-generated settings in the inspector', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.node('Orders database').click();
  await expect(editor.inspector.getByRole('heading', { name: 'Amazon RDS' })).toBeVisible();
  await expect(editor.inspector.getByLabel('Label')).toHaveValue('Orders database');
  await expect(editor.inspector.getByRole('checkbox', { name: /Multi-AZ/ })).toBeChecked();
});

test('the main screen has no serious accessibility violations', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  expect(await seriousViolations(page)).toEqual([]);
});
