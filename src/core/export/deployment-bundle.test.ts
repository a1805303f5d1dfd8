import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DesignDocument } from '../model/types.ts';
import { deploymentBundle } from './deployment-bundle.ts';

const example = JSON.parse(
  readFileSync(new URL('../../../catalog/examples/serverless-api.json', import.meta.url), 'utf8'),
) as DesignDocument;

describe('deploymentBundle', () => {
  it('adds the review report, the estimate and the diagram to the templates and scripts', () => {
    const files = unzipSync(deploymentBundle(example, { date: '2026-11-22' }));
    const names = Object.keys(files).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'deploy.sh',
        'deploy.ps1',
        'README.md',
        'design.json',
        'templates/us-east-1.yaml',
        'reports/well-architected-review.md',
        'reports/cost-and-carbon.csv',
        'diagram.svg',
      ]),
    );
    expect(strFromU8(files['reports/well-architected-review.md'])).toContain(
      '# Well-Architected review: Serverless orders API',
    );
    expect(strFromU8(files['reports/cost-and-carbon.csv'])).toContain('Orders database');
    expect(strFromU8(files['diagram.svg'])).toMatch(/^<svg[^>]*>/);
    expect(strFromU8(files['README.md'])).toContain('reports/well-architected-review.md');
  });

  it('is deterministic for a given date', () => {
    expect(deploymentBundle(example, { date: '2026-11-22' })).toEqual(
      deploymentBundle(example, { date: '2026-11-22' }),
    );
  });
});
