import { expect, type Locator, type Page } from '@playwright/test';

/** The editor as a user sees it: regions, fields and the canvas, found by accessible names. */
export class EditorPage {
  readonly palette: Locator;
  readonly search: Locator;
  readonly inspector: Locator;
  readonly canvas: Locator;
  readonly pane: Locator;

  constructor(readonly page: Page) {
    this.palette = page.getByRole('region', { name: 'Services' });
    this.search = this.palette.getByRole('searchbox', { name: 'Search services' });
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.canvas = page.getByTestId('canvas');
    this.pane = page.locator('.react-flow__pane');
  }

  /**
   * Opens the app. On a first start (fresh browser profile) the gallery greets the user; this
   * continues with the example design behind it unless `keepGallery` is set.
   */
  async open(options: { firstStart?: boolean; keepGallery?: boolean } = {}): Promise<void> {
    const { firstStart = true, keepGallery = false } = options;
    await this.page.goto('/');
    await expect(this.palette).toBeVisible();
    await expect(this.canvas.locator('.react-flow__node').first()).toBeVisible();
    if (firstStart) {
      const welcome = this.page.getByRole('dialog', { name: /Welcome to Cloudwright/ });
      await expect(welcome).toBeVisible();
      if (!keepGallery) {
        await welcome.getByRole('button', { name: 'Continue with the example' }).click();
        await expect(welcome).toHaveCount(0);
      }
    }
  }

  paletteEntry(name: string): Locator {
    return this.palette.getByRole('button', { name, exact: true });
  }

  /** A node on the canvas by its label text. */
  node(label: string): Locator {
    return this.canvas
      .locator('.react-flow__node')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .last();
  }

  nodesOfService(service: string): Locator {
    return this.canvas.locator(`.react-flow__node [data-service="${service}"]`);
  }

  async errorNotice(): Promise<Locator> {
    const n = this.page.getByTestId('notice-error').last();
    await expect(n).toBeVisible();
    return n;
  }
}
