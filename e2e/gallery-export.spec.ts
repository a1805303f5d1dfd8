import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { EditorPage } from './editor-page.ts';

test.describe('gallery', () => {
  test('shown on first start: search, filter and open templates as new designs', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open({ keepGallery: true });
    const gallery = page.getByRole('dialog', { name: /Welcome to Cloudwright/ });
    const cards = gallery.getByRole('list', { name: 'Templates' }).getByRole('listitem');
    await expect(cards.first()).toBeVisible();
    const total = await cards.count();
    expect(total).toBeGreaterThanOrEqual(40);
    await page.screenshot({ path: 'test-results/screens/gallery.png' });
    await gallery.getByLabel('Search templates').fill('Wickr');
    await expect(cards).toHaveCount(1);
    await gallery.getByRole('button', { name: /^Open .*Wickr/ }).click();
    await expect(gallery).toHaveCount(0);
    await expect(editor.nodesOfService('wickr')).toHaveCount(1);
    await expect(editor.nodesOfService('appstream')).not.toHaveCount(0);
    await page.screenshot({ path: 'test-results/screens/template-wickr.png' });
    // From the toolbar: filter by service and open another; the first stays in the designs list.
    await page.getByRole('button', { name: 'Templates…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New from template' });
    await dialog.getByLabel('Uses service').selectOption({ label: 'AWS Outposts' });
    await dialog.getByRole('button', { name: /^Open .*Oracle RAC/ }).click();
    await expect(editor.nodesOfService('outpost')).toHaveCount(2);
    await page.screenshot({ path: 'test-results/screens/template-oracle.png' });
    await page.getByRole('button', { name: 'Templates…' }).click();
    await dialog.getByLabel('Category').selectOption('event-driven');
    await expect(
      dialog.getByRole('list', { name: 'Templates' }).getByRole('listitem').first(),
    ).toBeVisible();
    await dialog
      .getByRole('button', { name: /^Open .*fan-out/i })
      .first()
      .click();
    await expect(editor.nodesOfService('sns-topic')).toHaveCount(1);
  });
});

test.describe('export panel', () => {
  test('previews YAML with short tags and JSON, copies and downloads', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await page.getByRole('tab', { name: 'Export' }).click();
    const panel = page.getByRole('region', { name: 'Export' });
    const code = panel.getByLabel(/CloudFormation template/);
    await expect(code).toContainText('AWSTemplateFormatVersion');
    await expect(code).toContainText('!Ref');
    await expect(code.locator('.cw-hl-tag').first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/export.png' });
    let downloaded = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download YAML' }).click();
    const yaml = readFileSync((await (await downloaded).path())!, 'utf8');
    expect(yaml).toContain('AWS::Lambda::Function');
    await panel.getByLabel('JSON').check();
    downloaded = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download JSON' }).click();
    const json = JSON.parse(readFileSync((await (await downloaded).path())!, 'utf8'));
    expect(
      Object.values(json.Resources as Record<string, { Type: string }>).some(
        (r) => r.Type === 'AWS::RDS::DBInstance',
      ),
    ).toBe(true);
    // The deployment bundle: open the zip and look inside.
    downloaded = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download deployment bundle (zip)' }).click();
    const bundle = await downloaded;
    expect(bundle.suggestedFilename()).toBe('serverless-orders-api-bundle.zip');
    const files = unzipSync(new Uint8Array(readFileSync((await bundle.path())!)));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'deploy.sh',
        'deploy.ps1',
        'README.md',
        'design.json',
        'templates/us-east-1.json',
        'parameters/us-east-1/prod.params',
        'reports/well-architected-review.md',
        'reports/cost-and-carbon.csv',
        'diagram.svg',
      ]),
    );
    expect(strFromU8(files['deploy.sh'])).toContain('aws cloudformation deploy');
  });
});
