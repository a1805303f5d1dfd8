import { design, node, region, type RuleFixtures } from '../../../../../test-support/design.ts';

const objectives = { rtoMinutes: 60, rpoMinutes: 15 };
const table = (id: string, parent: string) => node(id, 'dynamodb-table', parent);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design(
      [
        region('use1', 'us-east-1'),
        table('t1', 'use1'),
        region('usw2', 'us-west-2', { role: 'dr' }),
        table('t2', 'usw2'),
      ],
      [],
      objectives,
    ),
    design(
      [
        region('use1', 'us-east-1'),
        table('t1', 'use1'),
        node('bk', 'backup', 'use1', { crossRegionCopy: true, copyRegion: 'us-west-2' }),
      ],
      [],
      objectives,
    ),
    design([region('use1', 'us-east-1'), table('t1', 'use1')], [], {
      rtoMinutes: 4320,
      rpoMinutes: 2880,
    }),
  ],
  nonCompliant: [
    {
      design: design([region('use1', 'us-east-1'), table('t1', 'use1')], [], objectives),
      nodes: ['use1'],
    },
  ],
};
