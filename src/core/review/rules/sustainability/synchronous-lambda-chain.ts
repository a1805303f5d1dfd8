import { connectionRule } from '../../../catalog/index.ts';
import { outgoingOf } from '../../../model/graph.ts';
import type { RuleHit, Rule } from '../../types.ts';

/** SUS03-BP01: a function that waits for another function pays, in energy and money, for doing nothing. */
export const rule: Rule = {
  id: 'synchronous-lambda-chain',
  pillar: 'sustainability',
  bestPractice: 'SUS03-BP01',
  choiceId: 'sus_sus_software_a2',
  severity: 'medium',
  title: 'Lambda function invokes another function synchronously',
  rationale:
    'While one function waits on another, both hold memory and are billed per millisecond, so the wait is paid twice; chains also add cold starts and fail as a whole. Events and workflows let each step run only when it has work.',
  remediation:
    'Invoke the next function asynchronously (through SQS, SNS or EventBridge), or coordinate the steps with Step Functions instead of having functions wait on each other.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_software_a2.html',
  services: ['lambda-function'],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const caller of ctx.nodesOf('lambda-function')) {
      for (const e of outgoingOf(ctx.index, caller.id)) {
        const callee = ctx.index.nodes.get(e.target);
        if (
          callee?.service !== 'lambda-function' ||
          (e.meaning ?? connectionRule(caller.service, callee.service)?.meaning) !== 'invoke'
        )
          continue;
        if (ctx.prop(callee, 'invocation') !== 'sync') continue;
        hits.push({
          nodes: [caller.id, callee.id],
          message: `${caller.label ?? caller.id} waits for ${callee.label ?? callee.id}`,
        });
      }
    }
    return hits;
  },
};
