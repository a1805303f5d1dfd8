import type { Rule } from '../../types.ts';

/** Table size from which the storage class matters. GB. */
const LARGE_GB = 100;
/** Requests per stored GB and month under which a table is mostly at rest. */
const COLD_REQUESTS_PER_GB = 10_000;

/** SUS04-BP02: data mostly at rest belongs in the storage class made for infrequent access. */
export const rule: Rule = {
  id: 'dynamodb-cold-table-in-standard-class',
  pillar: 'sustainability',
  bestPractice: 'SUS04-BP02',
  choiceId: 'sus_sus_data_a3',
  severity: 'low',
  title: 'Large, rarely accessed DynamoDB table uses the Standard table class',
  rationale:
    'When a table holds much data that is seldom read or written (history, audit, old orders), its footprint is mostly storage; the Standard-Infrequent Access class is built for that access pattern and stores it more cheaply with the same performance.',
  remediation:
    'Switch the table to the Standard-IA table class, or move the cold items to S3 with a TTL and export.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_data_a3.html',
  services: ['dynamodb-table'],
  topology: false,
  checkNode: (n, ctx) => {
    const gb = ctx.usage(n, 'storageGb') ?? 0;
    const requests =
      (ctx.usage(n, 'readRequestsPerMonth') ?? 0) + (ctx.usage(n, 'writeRequestsPerMonth') ?? 0);
    if (
      ctx.prop(n, 'tableClass') !== 'STANDARD' ||
      gb < LARGE_GB ||
      requests / gb >= COLD_REQUESTS_PER_GB
    )
      return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} stores ${gb} GB but sees only ${Math.round(requests / gb)} requests per GB a month`,
      fix: {
        title: 'Use the Standard-IA table class',
        node: n.id,
        props: { tableClass: 'STANDARD_INFREQUENT_ACCESS' },
      },
    };
  },
};
