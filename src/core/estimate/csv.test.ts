import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';
import { estimate } from './estimate.ts';
import { designOf, nodeOf } from './testing.ts';

describe('toCsv', () => {
  it('writes one row per line with monthly, yearly and carbon figures', () => {
    const d = designOf([
      { ...nodeOf('q1', 'sqs-queue', {}, { requestsPerMonth: 3e6 }), label: 'Orders' },
    ]);
    const csv = toCsv(estimate(d));
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('Node,Label,Service,Region,Monthly USD,Yearly USD,kg CO2e/month');
    // 3,000,000 x 0.0000004 = 1.20 a month, 14.40 a year; SQS carbon is not modelled
    expect(rows[1]).toBe('q1,Orders,sqs-queue,us-east-1,1.20,14.40,unknown');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes labels holding commas, quotes and line breaks', () => {
    const d = designOf([{ ...nodeOf('q1', 'sqs-queue'), label: 'Orders, "EU"\nqueue' }]);
    const row = toCsv(estimate(d)).split('\r\n').slice(1).join('\r\n');
    expect(row.startsWith('q1,"Orders, ""EU""\nqueue",sqs-queue,')).toBe(true);
  });

  it('guards against spreadsheet formula injection', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('plain')).toBe('plain');
    const d = designOf([{ ...nodeOf('q1', 'sqs-queue'), label: '=cmd|calc' }]);
    expect(toCsv(estimate(d))).toContain(",'=cmd|calc,");
  });

  it('writes unknown and unavailable, never 0', () => {
    const d = designOf([nodeOf('w', 'wickr'), nodeOf('r', 'route53')], { region: 'eu-west-3' });
    const rows = toCsv(estimate(d)).trim().split('\r\n');
    expect(rows[1]).toBe('w,AWS Wickr,wickr,eu-west-3,unavailable,unavailable,unavailable');
    expect(rows[2]).toMatch(/^r,.*,route53,eu-west-3,unknown,unknown,unknown$/);
  });
});
