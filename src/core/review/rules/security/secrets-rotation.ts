import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: Secret is never rotated. */
export const rule: Rule = {
  id: 'secrets-rotation',
  pillar: 'security',
  bestPractice: 'SEC02-BP05',
  severity: 'medium',
  title: 'Secret is never rotated',
  rationale:
    'A password that never changes stays valid for anyone who ever copied it; Secrets Manager can rotate database credentials on a schedule without code changes.',
  remediation:
    'Turn on automatic rotation with a rotation interval that fits your policy (30 days is common).',
  docs: wa('SEC02-BP05'),
  services: ['secrets-manager'],
  topology: false,
  checkNode: (node, ctx) =>
    ctx.prop(node, 'rotation') === false
      ? hitOn(node, `Secret ${nameOf(node)} has rotation turned off`, {
          title: 'Rotate automatically',
          props: { rotation: true },
        })
      : null,
};
