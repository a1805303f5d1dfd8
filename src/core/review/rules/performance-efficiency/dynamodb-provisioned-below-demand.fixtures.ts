import { design, node } from '../../../../../test-support/design.ts';

const table = (capacityMode: string, readRequestsPerMonth: number) => ({
  ...node('tbl', 'dynamodb-table', undefined, {
    capacityMode,
    readCapacityUnits: 5,
    writeCapacityUnits: 5,
  }),
  usage: { readRequestsPerMonth, writeRequestsPerMonth: 1_000_000 },
});

/** 100 M reads a month average 38 a second, which 5 RCU cannot serve; 10 M fit, and on-demand has no limit to set. */
export const fixtures = {
  compliant: [
    design([table('provisioned', 10_000_000)]),
    design([table('on_demand', 100_000_000)]),
  ],
  nonCompliant: [{ design: design([table('provisioned', 100_000_000)]), nodes: ['tbl'] }],
};
