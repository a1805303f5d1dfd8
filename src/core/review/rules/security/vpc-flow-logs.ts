import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: VPC without flow logs. */
export const rule: Rule = {
  id: 'vpc-flow-logs',
  pillar: 'security',
  bestPractice: 'SEC04-BP01',
  severity: 'high',
  title: 'VPC without flow logs',
  rationale:
    'Flow logs are the record of which addresses talked to which over the network; without them an investigation cannot tell what a compromised host reached.',
  remediation:
    'Turn on VPC flow logs to CloudWatch Logs or S3 and keep them for as long as your investigations need.',
  docs: wa('SEC04-BP01'),
  services: ['vpc'],
  topology: false,
  checkNode: (node, ctx) =>
    ctx.prop(node, 'flowLogs') === false
      ? hitOn(node, `VPC ${nameOf(node)} records no flow logs`, {
          title: 'Turn on flow logs',
          props: { flowLogs: true },
        })
      : null,
};
