/** Sustainability: SUS01-SUS06. Titles are AWS's; summaries are ours. */
import { practices, type Question } from '../types.ts';

const pillar = 'sustainability' as const;

export const SUSTAINABILITY: readonly Question[] = [
  {
    id: 'SUS01',
    pillar,
    area: 'Region selection',
    title: 'How do you select Regions for your workload?',
    summary: 'Let carbon intensity count alongside business needs when choosing where to run.',
    bestPractices: practices([
      [
        'SUS01-BP01',
        'medium',
        'Choose Region based on both business requirements and sustainability goals',
        'Among Regions that meet business needs, prefer those with a lower carbon footprint.',
      ],
    ]),
  },
  {
    id: 'SUS02',
    pillar,
    area: 'Alignment to demand',
    title: 'How do you align cloud resources to your demand?',
    summary:
      'Provision only what demand requires, close to where it is, and avoid keeping idle assets.',
    bestPractices: practices([
      [
        'SUS02-BP01',
        'medium',
        'Scale workload infrastructure dynamically',
        'Scale capacity up and down with demand so little sits idle.',
      ],
      [
        'SUS02-BP02',
        'low',
        'Align SLAs with sustainability goals',
        'Revisit service levels so they do not demand more resources than the business needs.',
      ],
      [
        'SUS02-BP03',
        'low',
        'Stop the creation and maintenance of unused assets',
        'Retire assets nobody uses and stop creating them.',
      ],
      [
        'SUS02-BP04',
        'medium',
        'Optimize geographic placement of workloads based on their networking requirements',
        'Place workloads so network traffic travels shorter distances.',
      ],
      [
        'SUS02-BP05',
        'low',
        'Optimize team member resources for activities performed',
        'Give team members devices and environments sized to what they actually do.',
      ],
      [
        'SUS02-BP06',
        'low',
        'Implement buffering or throttling to flatten the demand curve',
        'Smooth peaks with queues or throttles so less capacity is needed.',
      ],
    ]),
  },
  {
    id: 'SUS03',
    pillar,
    area: 'Software and architecture',
    title:
      'How do you take advantage of software and architecture patterns to support your sustainability goals?',
    summary: 'Use patterns and code that keep resources busy doing useful work and nothing else.',
    bestPractices: practices([
      [
        'SUS03-BP01',
        'medium',
        'Optimize software and architecture for asynchronous and scheduled jobs',
        'Use queue-driven and scheduled processing to keep utilization high and steady.',
      ],
      [
        'SUS03-BP02',
        'medium',
        'Remove or refactor workload components with low or no use',
        'Delete components nobody uses and rework rarely used ones.',
      ],
      [
        'SUS03-BP03',
        'medium',
        'Optimize areas of code that consume the most time or resources',
        'Profile the code and make its hottest paths more efficient.',
      ],
      [
        'SUS03-BP04',
        'medium',
        'Optimize impact on devices and equipment',
        'Reduce the load the workload puts on end-user devices and equipment.',
      ],
      [
        'SUS03-BP05',
        'medium',
        'Use software patterns and architectures that best support data access and storage patterns',
        'Shape the software around how data is really read, moved and stored.',
      ],
    ]),
  },
  {
    id: 'SUS04',
    pillar,
    area: 'Data management',
    title:
      'How do you take advantage of data management policies and patterns to support your sustainability goals?',
    summary:
      'Store less data, in the right tier, for no longer than needed, and move it as little as possible.',
    bestPractices: practices([
      [
        'SUS04-BP01',
        'medium',
        'Implement a data classification policy',
        'Classify data by business value to pick an energy-efficient storage tier.',
      ],
      [
        'SUS04-BP02',
        'low',
        'Use technologies that support data access and storage patterns',
        'Choose storage technology that fits how the data is accessed.',
      ],
      [
        'SUS04-BP03',
        'medium',
        'Use policies to manage the lifecycle of your datasets',
        'Move data to colder tiers and delete it automatically as it ages.',
      ],
      [
        'SUS04-BP04',
        'medium',
        'Use elasticity and automation to expand block storage or file system',
        'Grow volumes and file systems as data grows instead of over-allocating up front.',
      ],
      [
        'SUS04-BP05',
        'medium',
        'Remove unneeded or redundant data',
        'Delete data and copies that serve no purpose.',
      ],
      [
        'SUS04-BP06',
        'medium',
        'Use shared file systems or storage to access common data',
        'Share one copy of common data instead of duplicating it.',
      ],
      [
        'SUS04-BP07',
        'medium',
        'Minimize data movement across networks',
        'Transfer less data, for example by compressing it or processing it where it lives.',
      ],
      [
        'SUS04-BP08',
        'medium',
        'Back up data only when difficult to recreate',
        'Skip backups of data that can be rebuilt from its sources.',
      ],
    ]),
  },
  {
    id: 'SUS05',
    pillar,
    area: 'Hardware and services',
    title:
      'How do you select and use cloud hardware and services in your architecture to support your sustainability goals?',
    summary: 'Use as little hardware as possible, of the most efficient kind, preferably managed.',
    bestPractices: practices([
      [
        'SUS05-BP01',
        'medium',
        'Use the minimum amount of hardware to meet your needs',
        'Provision the smallest hardware footprint that meets the need.',
      ],
      [
        'SUS05-BP02',
        'medium',
        'Use instance types with the least impact',
        'Move to newer, more energy-efficient instance types such as Graviton.',
      ],
      [
        'SUS05-BP03',
        'medium',
        'Use managed services',
        'Let shared managed services run infrastructure at higher utilization than you could.',
      ],
      [
        'SUS05-BP04',
        'medium',
        'Optimize your use of hardware-based compute accelerators',
        'Keep GPUs and other accelerators busy and right-sized.',
      ],
    ]),
  },
  {
    id: 'SUS06',
    pillar,
    area: 'Process and culture',
    title: 'How do your organizational processes support your sustainability goals?',
    summary:
      'Make sustainability a goal teams share, test quickly and keep building and testing efficient.',
    bestPractices: practices([
      [
        'SUS06-BP01',
        'medium',
        'Communicate and cascade your sustainability goals',
        'Make sure technology teams know the company’s sustainability targets and pass them on.',
      ],
      [
        'SUS06-BP02',
        'medium',
        'Adopt methods that can rapidly introduce sustainability improvements',
        'Validate and ship small sustainability improvements quickly and cheaply.',
      ],
      [
        'SUS06-BP03',
        'low',
        'Keep your workload up-to-date',
        'Stay on current versions to benefit from efficiency improvements.',
      ],
      [
        'SUS06-BP04',
        'low',
        'Increase utilization of build environments',
        'Share and schedule build and test environments so they are not left idle.',
      ],
      [
        'SUS06-BP05',
        'low',
        'Use managed device farms for testing',
        'Test on shared device farms instead of maintaining your own devices.',
      ],
    ]),
  },
];
