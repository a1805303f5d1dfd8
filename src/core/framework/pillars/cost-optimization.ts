/** Cost Optimization: COST01-COST11. Titles are AWS's; summaries are ours. */
import { practices, type Question } from '../types.ts';

const pillar = 'cost-optimization' as const;

export const COST_OPTIMIZATION: readonly Question[] = [
  {
    id: 'COST01',
    pillar,
    area: 'Practice Cloud Financial Management',
    title: 'How do you implement cloud financial management?',
    summary: 'Give cost an owner, a budget, visibility and a place in the culture.',
    bestPractices: practices([
      [
        'COST01-BP01',
        'high',
        'Establish ownership of cost optimization',
        'Make a person or team, such as a FinOps function, responsible for cost awareness.',
      ],
      [
        'COST01-BP02',
        'high',
        'Establish a partnership between finance and technology',
        'Have finance and engineering discuss cost and usage together regularly.',
      ],
      [
        'COST01-BP03',
        'high',
        'Establish cloud budgets and forecasts',
        'Budget and forecast in a way that copes with variable cloud spending.',
      ],
      [
        'COST01-BP04',
        'high',
        'Implement cost awareness in your organizational processes',
        'Build cost visibility and accountability into existing processes and training.',
      ],
      [
        'COST01-BP05',
        'low',
        'Report and notify on cost optimization',
        'Alert on spending against targets and on anomalies, and report results.',
      ],
      [
        'COST01-BP06',
        'medium',
        'Monitor cost proactively',
        'Watch costs on dashboards routinely, not only when an alert arrives.',
      ],
      [
        'COST01-BP07',
        'medium',
        'Keep up-to-date with new service releases',
        'Follow new services and features that could lower cost.',
      ],
      [
        'COST01-BP08',
        'low',
        'Create a cost-aware culture',
        'Grow habits and programmes that make everyone mindful of cost.',
      ],
      [
        'COST01-BP09',
        'medium',
        'Quantify business value from cost optimization',
        'Measure what cost work returns to the business to justify further effort.',
      ],
    ]),
  },
  {
    id: 'COST02',
    pillar,
    area: 'Expenditure and usage awareness',
    title: 'How do you govern usage?',
    summary:
      'Set policies, targets, account structure and controls that keep spending within intent.',
    bestPractices: practices([
      [
        'COST02-BP01',
        'high',
        'Develop policies based on your organization requirements',
        'Write policies covering how resources are created, changed and retired, with cost in mind.',
      ],
      [
        'COST02-BP02',
        'high',
        'Implement goals and targets',
        'Set cost and usage goals and measurable targets for the workload.',
      ],
      [
        'COST02-BP03',
        'high',
        'Implement an account structure',
        'Lay out accounts to mirror the organization so cost can be allocated.',
      ],
      [
        'COST02-BP04',
        'low',
        'Implement groups and roles',
        'Use groups and roles to control who may create or remove resources.',
      ],
      [
        'COST02-BP05',
        'medium',
        'Implement cost controls',
        'Enforce policies with controls such as allowed Regions or resource types.',
      ],
      [
        'COST02-BP06',
        'low',
        'Track project lifecycle',
        'Follow projects and environments through their life so nothing keeps running unnoticed.',
      ],
    ]),
  },
  {
    id: 'COST03',
    pillar,
    area: 'Expenditure and usage awareness',
    title: 'How do you monitor your cost and usage?',
    summary: 'Collect detailed, attributed cost data and the tools to read it.',
    bestPractices: practices([
      [
        'COST03-BP01',
        'high',
        'Configure detailed information sources',
        'Turn on detailed cost and usage reporting and logs that help attribute cost.',
      ],
      [
        'COST03-BP02',
        'medium',
        'Add organization information to cost and usage',
        'Tag resources consistently with team, purpose and environment.',
      ],
      [
        'COST03-BP03',
        'high',
        'Identify cost attribution categories',
        'Decide how costs map to business units, projects or teams.',
      ],
      [
        'COST03-BP04',
        'high',
        'Establish organization metrics',
        'Define the business outputs, such as orders served, that cost is measured against.',
      ],
      [
        'COST03-BP05',
        'high',
        'Configure billing and cost management tools',
        'Set up budgets, alerts and cost exploration tools that fit your policies.',
      ],
      [
        'COST03-BP06',
        'low',
        'Allocate costs based on workload metrics',
        'Charge workload cost to consumers by usage or outcomes.',
      ],
    ]),
  },
  {
    id: 'COST04',
    pillar,
    area: 'Expenditure and usage awareness',
    title: 'How do you decommission resources?',
    summary:
      'Know what every resource is for and remove what is no longer needed, including old data.',
    bestPractices: practices([
      [
        'COST04-BP01',
        'high',
        'Track resources over their lifetime',
        'Record, for example with tags, which workload each resource belongs to for its whole life.',
      ],
      [
        'COST04-BP02',
        'high',
        'Implement a decommissioning process',
        'Have a defined way to find and remove unused resources.',
      ],
      [
        'COST04-BP03',
        'medium',
        'Decommission resources',
        'Actually retire idle or orphaned resources, after audits or usage changes.',
      ],
      [
        'COST04-BP04',
        'low',
        'Decommission resources automatically',
        'Let automation remove unneeded resources and design the workload to tolerate it.',
      ],
      [
        'COST04-BP05',
        'medium',
        'Enforce data retention policies',
        'Delete data and objects automatically once their retention period ends.',
      ],
    ]),
  },
  {
    id: 'COST05',
    pillar,
    area: 'Cost-effective resources',
    title: 'How do you evaluate cost when you select services?',
    summary:
      'Weigh the full cost of every component against the organization’s priorities, now and as usage grows.',
    bestPractices: practices([
      [
        'COST05-BP01',
        'high',
        'Identify organization requirements for cost',
        'Agree how cost should be balanced against reliability, performance and other pillars.',
      ],
      [
        'COST05-BP02',
        'high',
        'Analyze all components of the workload',
        'Review the cost of every component, however small.',
      ],
      [
        'COST05-BP03',
        'high',
        'Perform a thorough analysis of each component',
        'Compare total cost of ownership, including operations effort, for each component.',
      ],
      [
        'COST05-BP04',
        'low',
        'Select software with cost-effective licensing',
        'Prefer open-source or outcome-based licences over ones tied to hardware.',
      ],
      [
        'COST05-BP05',
        'medium',
        'Select components of this workload to optimize cost in line with organization priorities',
        'Favour managed, serverless or event-driven options where they lower overall cost.',
      ],
      [
        'COST05-BP06',
        'medium',
        'Perform cost analysis for different usage over time',
        'Check that choices stay cost-effective at the usage levels expected later.',
      ],
    ]),
  },
  {
    id: 'COST06',
    pillar,
    area: 'Cost-effective resources',
    title: 'How do you meet cost targets when you select resource type, size and number?',
    summary: 'Size and count resources from models and data, and let metrics adjust them.',
    bestPractices: practices([
      [
        'COST06-BP01',
        'high',
        'Perform cost modeling',
        'Model the cost of the workload and its parts under expected loads.',
      ],
      [
        'COST06-BP02',
        'medium',
        'Select resource type, size, and number based on data',
        'Choose types and sizes from what is known about the workload’s needs.',
      ],
      [
        'COST06-BP03',
        'low',
        'Select resource type, size, and number automatically based on metrics',
        'Let running metrics drive sizing automatically, for example through scaling.',
      ],
      [
        'COST06-BP04',
        'medium',
        'Consider using shared resources',
        'Share common platforms across teams to raise utilization.',
      ],
    ]),
  },
  {
    id: 'COST07',
    pillar,
    area: 'Cost-effective resources',
    title: 'How do you use pricing models to reduce cost?',
    summary: 'Use commitments, Spot and Regional price differences where they fit each component.',
    bestPractices: practices([
      [
        'COST07-BP01',
        'high',
        'Perform pricing model analysis',
        'Decide per component whether commitments, Spot or On-Demand pricing suits it.',
      ],
      [
        'COST07-BP02',
        'medium',
        'Choose Regions based on cost',
        'Take Regional price differences into account when choosing where to run.',
      ],
      [
        'COST07-BP03',
        'medium',
        'Select third-party agreements with cost-efficient terms',
        'Negotiate third-party terms whose cost grows with the value received.',
      ],
      [
        'COST07-BP04',
        'low',
        'Implement pricing models for all components of this workload',
        'Apply the chosen pricing models, such as Savings Plans or Spot, across the workload.',
      ],
      [
        'COST07-BP05',
        'low',
        'Perform pricing model analysis at the management account level',
        'Review commitment recommendations across the whole organization.',
      ],
    ]),
  },
  {
    id: 'COST08',
    pillar,
    area: 'Cost-effective resources',
    title: 'How do you plan for data transfer charges?',
    summary: 'Model where data moves and design to move less of it, more cheaply.',
    bestPractices: practices([
      [
        'COST08-BP01',
        'high',
        'Perform data transfer modeling',
        'Map the data flows of each component and what they will cost.',
      ],
      [
        'COST08-BP02',
        'medium',
        'Select components to optimize data transfer cost',
        'Choose components and placements that cut transfer charges.',
      ],
      [
        'COST08-BP03',
        'medium',
        'Implement services to reduce data transfer costs',
        'Use CDNs, caches, endpoints or dedicated links to lower transfer volume or price.',
      ],
    ]),
  },
  {
    id: 'COST09',
    pillar,
    area: 'Manage demand and supply resources',
    title: 'How do you manage demand, and supply resources?',
    summary:
      'Understand demand, smooth it where you can and supply capacity only when it is needed.',
    bestPractices: practices([
      [
        'COST09-BP01',
        'high',
        'Perform an analysis on the workload demand',
        'Study demand over time, including seasonal patterns.',
      ],
      [
        'COST09-BP02',
        'medium',
        'Implement a buffer or throttle to manage demand',
        'Queue or throttle requests to flatten peaks while still meeting response times.',
      ],
      [
        'COST09-BP03',
        'low',
        'Supply resources dynamically',
        'Provision on demand or on a schedule so capacity tracks need.',
      ],
    ]),
  },
  {
    id: 'COST10',
    pillar,
    area: 'Optimize over time',
    title: 'How do you evaluate new services?',
    summary: 'Review workloads regularly for newer, cheaper ways to run them.',
    bestPractices: practices([
      [
        'COST10-BP01',
        'high',
        'Develop a workload review process',
        'Set how often and how deeply each workload is reviewed, by its share of spend.',
      ],
      [
        'COST10-BP02',
        'medium',
        'Review and analyze this workload regularly',
        'Carry out the reviews and adopt new services or designs where they pay off.',
      ],
    ]),
  },
  {
    id: 'COST11',
    pillar,
    area: 'Optimize over time',
    title: 'How do you evaluate the cost of effort?',
    summary:
      'Count the cost of people’s time and automate operations where it saves more than it costs.',
    bestPractices: practices([
      [
        'COST11-BP01',
        'low',
        'Perform automation for operations',
        'Estimate manual operations effort and automate the tasks where automation saves time and errors.',
      ],
    ]),
  },
];
