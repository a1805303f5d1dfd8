import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

// Services that invoke Lambda asynchronously: the caller does not wait, so failures are not seen.
const ASYNC_SOURCES = [
  's3-bucket',
  's3-glacier',
  'sns-topic',
  'eventbridge',
  'eventbridge-scheduler',
  'iot-core',
  'codecommit',
  'cloudwatch-logs',
  'cloudwatch',
  'config',
  'ses',
];

/** Flags: Asynchronously invoked function without a dead-letter queue. */
export const rule: Rule = {
  id: 'async-lambda-without-dlq',
  pillar: 'reliability',
  bestPractice: 'REL05-BP04',
  severity: 'high',
  title: 'Asynchronously invoked function without a dead-letter queue',
  rationale:
    'Lambda retries a failed asynchronous event twice and then drops it; without a dead-letter queue or on-failure destination the event, such as an uploaded file or a published order, is silently lost.',
  remediation:
    'Configure a dead-letter queue (SQS or SNS) or an on-failure destination for the function, and alarm when it receives messages.',
  docs: wa('REL05-BP04'),
  services: ['lambda-function', ...ASYNC_SOURCES],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('lambda-function')
      .filter((fn) => ctx.prop(fn, 'deadLetterQueue') !== true)
      .filter(
        (fn) =>
          ctx.prop(fn, 'invocation') === 'async' || ctx.sources(fn, ...ASYNC_SOURCES).length > 0,
      )
      .map((fn) =>
        hitOn(fn, `Function ${nameOf(fn)} drops events that keep failing`, {
          title: 'Add a dead-letter queue',
          props: { deadLetterQueue: true },
        }),
      ),
};
