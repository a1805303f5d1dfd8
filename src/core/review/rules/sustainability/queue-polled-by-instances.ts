import { connectionRule } from '../../../catalog/index.ts';
import { outgoingOf } from '../../../model/graph.ts';
import type { RuleHit, Rule } from '../../types.ts';

/** SUS02-BP01: instances kept running to poll a queue idle whenever the queue is empty. */
export const rule: Rule = {
  id: 'queue-polled-by-instances',
  pillar: 'sustainability',
  bestPractice: 'SUS02-BP01',
  choiceId: 'sus_sus_user_a2',
  severity: 'medium',
  title: 'EC2 instances poll an SQS queue that a Lambda trigger could consume',
  rationale:
    'Workers that poll a queue run around the clock, empty queue or not; a Lambda event source mapping runs code only when messages arrive and scales with the backlog, which cuts idle capacity and its energy.',
  remediation:
    'Consume the queue with a Lambda function (event source mapping), or at least scale the worker group on queue depth down to zero.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_user_a2.html',
  services: ['ec2-instance', 'sqs-queue'],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const vm of ctx.nodesOf('ec2-instance')) {
      for (const e of outgoingOf(ctx.index, vm.id)) {
        const q = ctx.index.nodes.get(e.target);
        const meaning = q
          ? (e.meaning ?? connectionRule(vm.service, q.service)?.meaning)
          : undefined;
        if (q?.service === 'sqs-queue' && (meaning === 'read' || meaning === 'subscribe')) {
          hits.push({
            nodes: [vm.id, q.id],
            message: `${vm.label ?? vm.id} polls ${q.label ?? q.id}`,
          });
        }
      }
    }
    return hits;
  },
};
