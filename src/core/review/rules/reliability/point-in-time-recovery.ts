import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: Table without point-in-time recovery. */
export const rule: Rule = {
  id: 'point-in-time-recovery',
  pillar: 'reliability',
  bestPractice: 'REL09-BP01',
  severity: 'high',
  title: 'Table without point-in-time recovery',
  rationale:
    'Point-in-time recovery keeps continuous backups for 35 days, so a table overwritten by a faulty release can be restored to the second before it happened.',
  remediation: 'Turn on point-in-time recovery for the table.',
  docs: wa('REL09-BP01'),
  services: ['dynamodb-table', 'keyspaces'],
  topology: false,
  checkNode: (node, ctx) =>
    ctx.prop(node, 'pointInTimeRecovery') === false
      ? hitOn(node, `Table ${nameOf(node)} has point-in-time recovery off`, {
          title: 'Turn on point-in-time recovery',
          props: { pointInTimeRecovery: true },
        })
      : null,
};
