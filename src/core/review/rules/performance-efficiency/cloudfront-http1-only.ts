import type { Rule } from '../../types.ts';

/** PERF04-BP05: HTTP/1.1 opens a connection per parallel request; HTTP/2 and HTTP/3 multiplex them. */
export const rule: Rule = {
  id: 'cloudfront-http1-only',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF04-BP05',
  choiceId: 'perf_networking_choose_network_protocols_improve_performance',
  severity: 'medium',
  title: 'CloudFront distribution serves HTTP/1.1 only',
  rationale:
    'HTTP/2 carries many requests over one connection with compressed headers, and HTTP/3 also avoids head-of-line blocking on lossy mobile networks; serving HTTP/1.1 only makes pages with many assets load more slowly.',
  remediation:
    'Allow HTTP/2 and HTTP/3 on the distribution; clients that do not support them fall back to HTTP/1.1.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_networking_choose_network_protocols_improve_performance.html',
  services: ['cloudfront'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'httpVersion') === 'http1.1'
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} serves HTTP/1.1 only`,
          fix: {
            title: 'Allow HTTP/2 and HTTP/3',
            node: n.id,
            props: { httpVersion: 'http2and3' },
          },
        }
      : null,
};
