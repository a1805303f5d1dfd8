import { design, node } from '../../../../../test-support/design.ts';

const table = (storageGb: number, readRequestsPerMonth: number, tableClass = 'STANDARD') => ({
  ...node('tbl', 'dynamodb-table', undefined, { tableClass }),
  usage: { storageGb, readRequestsPerMonth, writeRequestsPerMonth: 100_000 },
});

/** 2 TB read a million times a month is cold; a busy or small table is not. */
export const fixtures = {
  compliant: [
    design([table(2000, 500_000_000)]),
    design([table(20, 1_000_000)]),
    design([table(2000, 1_000_000, 'STANDARD_INFREQUENT_ACCESS')]),
  ],
  nonCompliant: [{ design: design([table(2000, 1_000_000)]), nodes: ['tbl'] }],
};
