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

  /** Opens the app in a fresh browser profile (first start). */
  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.palette).toBeVisible();
    await expect(this.canvas.locator('.react-flow__node').first()).toBeVisible();
  }

  paletteEntry(name: string): Locator {
    return this.palette.getByRole('button', { name, exact: true });
  }

  /** A node on the canvas by its label text. */
  node(label: string): Locator {
    return this.canvas.locator('.react-flow__node').filter({ has: this.page.getByText(label, { exact: true }) }).last();
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
