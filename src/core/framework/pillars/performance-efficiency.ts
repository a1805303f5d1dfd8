/** Performance Efficiency: PERF01-PERF05. Titles are AWS's; summaries are ours. */
import { practices, type Question } from '../types.ts';

const pillar = 'performance-efficiency' as const;

export const PERFORMANCE_EFFICIENCY: readonly Question[] = [
  {
    id: 'PERF01',
    pillar,
    area: 'Architecture selection',
    title:
      'How do you select appropriate cloud resources and architecture patterns for your workload?',
    summary:
      'Choose services and patterns from knowledge, guidance, cost and measured data rather than habit.',
    bestPractices: practices([
      [
        'PERF01-BP01',
        'high',
        'Learn about and understand available cloud services and features',
        'Keep learning what services and options exist so architecture choices are informed.',
      ],
      [
        'PERF01-BP02',
        'medium',
        'Use guidance from your cloud provider or an appropriate partner to learn about architecture patterns and best practices',
        'Draw on documentation, solutions architects and partners when choosing patterns.',
      ],
      [
        'PERF01-BP03',
        'medium',
        'Factor cost into architectural decisions',
        'Weigh cost alongside performance so resources are used efficiently.',
      ],
      [
        'PERF01-BP04',
        'high',
        'Evaluate how trade-offs impact customers and architecture efficiency',
        'Judge each performance trade-off, such as eventual consistency, by its effect on customers.',
      ],
      [
        'PERF01-BP05',
        'high',
        'Use policies and reference architectures',
        'Start from internal standards and proven reference architectures.',
      ],
      [
        'PERF01-BP06',
        'medium',
        'Use benchmarking to drive architectural decisions',
        'Benchmark the existing workload and let the numbers guide design.',
      ],
      [
        'PERF01-BP07',
        'medium',
        'Use a data-driven approach for architectural choices',
        'Base architecture decisions on clear criteria and measurements of business needs.',
      ],
    ]),
  },
  {
    id: 'PERF02',
    pillar,
    area: 'Compute and hardware',
    title: 'How do you select and use compute resources in your workload?',
    summary:
      'Pick the right compute, configure and size it from metrics, and let it scale with demand.',
    bestPractices: practices([
      [
        'PERF02-BP01',
        'high',
        'Select the best compute options for your workload',
        'Choose among instances, containers and functions by what the workload needs.',
      ],
      [
        'PERF02-BP02',
        'medium',
        'Understand the available compute configuration and features',
        'Know the sizes, generations and features of the chosen compute service.',
      ],
      [
        'PERF02-BP03',
        'high',
        'Collect compute-related metrics',
        'Record how compute resources perform and how busy they are.',
      ],
      [
        'PERF02-BP04',
        'medium',
        'Configure and right-size compute resources',
        'Size compute to the measured need, neither starved nor idle.',
      ],
      [
        'PERF02-BP05',
        'high',
        'Scale your compute resources dynamically',
        'Add and remove compute automatically as demand changes.',
      ],
      [
        'PERF02-BP06',
        'medium',
        'Use optimized hardware-based compute accelerators',
        'Use GPUs or other accelerators where they do the job better than general CPUs.',
      ],
    ]),
  },
  {
    id: 'PERF03',
    pillar,
    area: 'Data management',
    title: 'How do you store, manage, and access data in your workload?',
    summary:
      'Use data stores suited to the access pattern, tune them with metrics, and cache hot data.',
    bestPractices: practices([
      [
        'PERF03-BP01',
        'high',
        'Use a purpose-built data store that best supports your data access and storage requirements',
        'Pick the store that fits the data’s size, shape, access pattern and latency needs.',
      ],
      [
        'PERF03-BP02',
        'medium',
        'Evaluate available configuration options for data store',
        'Tune storage classes, capacity modes and other settings of each data store.',
      ],
      [
        'PERF03-BP03',
        'high',
        'Collect and record data store performance metrics',
        'Track data store performance to spot problems and confirm requirements are met.',
      ],
      [
        'PERF03-BP04',
        'medium',
        'Implement strategies to improve query performance in data store',
        'Use indexing, partitioning and similar techniques to speed up queries.',
      ],
      [
        'PERF03-BP05',
        'medium',
        'Implement data access patterns that utilize caching',
        'Serve frequently read data from a cache.',
      ],
    ]),
  },
  {
    id: 'PERF04',
    pillar,
    area: 'Networking and content delivery',
    title: 'How do you select and configure networking resources in your workload?',
    summary:
      'Treat the network as part of performance: place, balance, connect and tune it deliberately.',
    bestPractices: practices([
      [
        'PERF04-BP01',
        'high',
        'Understand how networking impacts performance',
        'Know how network choices affect latency, throughput and user experience.',
      ],
      [
        'PERF04-BP02',
        'high',
        'Evaluate available networking features',
        'Try network features that cut latency or distance and measure their effect.',
      ],
      [
        'PERF04-BP03',
        'high',
        'Choose appropriate dedicated connectivity or VPN for your workload',
        'Size hybrid links, dedicated or VPN, to the bandwidth and latency required.',
      ],
      [
        'PERF04-BP04',
        'high',
        'Use load balancing to distribute traffic across multiple resources',
        'Spread traffic over many resources and offload work such as TLS to the balancer.',
      ],
      [
        'PERF04-BP05',
        'medium',
        'Choose network protocols to improve performance',
        'Select communication protocols by their effect on performance.',
      ],
      [
        'PERF04-BP06',
        'medium',
        "Choose your workload's location based on network requirements",
        'Place resources, Regions and edge services close to users and data.',
      ],
      [
        'PERF04-BP07',
        'low',
        'Optimize network configuration based on metrics',
        'Adjust the network using measurements rather than guesses.',
      ],
    ]),
  },
  {
    id: 'PERF05',
    pillar,
    area: 'Process and culture',
    title: 'What process do you use to support more performance efficiency for your workload?',
    summary: 'Measure performance against KPIs, test it, automate fixes and keep improving.',
    bestPractices: practices([
      [
        'PERF05-BP01',
        'high',
        'Establish key performance indicators (KPIs) to measure workload health and performance',
        'Define KPIs that tie workload performance to business goals.',
      ],
      [
        'PERF05-BP02',
        'high',
        'Use monitoring solutions to understand the areas where performance is most critical',
        'Use monitoring to find where better performance pays off most.',
      ],
      [
        'PERF05-BP03',
        'medium',
        'Define a process to improve workload performance',
        'Evaluate new services and options on a regular, defined basis.',
      ],
      [
        'PERF05-BP04',
        'low',
        'Load test your workload',
        'Load test to confirm production load is handled and to find bottlenecks.',
      ],
      [
        'PERF05-BP05',
        'low',
        'Use automation to proactively remediate performance-related issues',
        'Tie KPIs to alarms that trigger automatic remediation.',
      ],
      [
        'PERF05-BP06',
        'low',
        'Keep your workload and services up-to-date',
        'Adopt newer, more efficient services and versions as they appear.',
      ],
      [
        'PERF05-BP07',
        'medium',
        'Review metrics at regular intervals',
        'Revisit which metrics are collected and add those that would have helped.',
      ],
    ]),
  },
];
