/** Operational Excellence: OPS01-OPS11. Titles are AWS's; summaries are ours. */
import { practices, type Question } from '../types.ts';

const pillar = 'operational-excellence' as const;

export const OPERATIONAL_EXCELLENCE: readonly Question[] = [
  {
    id: 'OPS01',
    pillar,
    area: 'Organization',
    title: 'How do you determine what your priorities are?',
    summary:
      'Agree on what matters most to customers, the business, regulators and risk owners before deciding where operations effort goes.',
    bestPractices: practices([
      [
        'OPS01-BP01',
        'high',
        'Evaluate external customer needs',
        'Bring business, development and operations together to learn what outside customers need from the workload.',
      ],
      [
        'OPS01-BP02',
        'high',
        'Evaluate internal customer needs',
        'Find out what the teams inside the company who depend on the workload need from it.',
      ],
      [
        'OPS01-BP03',
        'high',
        'Evaluate governance requirements',
        'Work the policies and rules your own organization sets into how the workload is built and run.',
      ],
      [
        'OPS01-BP04',
        'high',
        'Evaluate compliance requirements',
        'Identify the regulatory, industry and internal compliance obligations that constrain technology and location choices.',
      ],
      [
        'OPS01-BP05',
        'medium',
        'Evaluate threat landscape',
        'Keep a current register of business, operational and security threats and let their impact steer priorities.',
      ],
      [
        'OPS01-BP06',
        'medium',
        'Evaluate tradeoffs while managing benefits and risks',
        'Settle competing demands with data about benefits and risks, escalating to a decision maker when needed.',
      ],
    ]),
  },
  {
    id: 'OPS02',
    pillar,
    area: 'Organization',
    title: 'How do you structure your organization to support your business outcomes?',
    summary:
      'Make ownership of resources, processes and activities explicit, and give people a way to change them.',
    bestPractices: practices([
      [
        'OPS02-BP01',
        'high',
        'Resources have identified owners',
        'Every account, platform, application and resource has a recorded owner, for example in tags or a register.',
      ],
      [
        'OPS02-BP02',
        'high',
        'Processes and procedures have identified owners',
        'Each operational process has someone who defines it and can explain why it exists.',
      ],
      [
        'OPS02-BP03',
        'high',
        'Operations activities have identified owners responsible for their performance',
        'It is clear who carries out each operations task, who checks the result and who gets the feedback.',
      ],
      [
        'OPS02-BP04',
        'high',
        'Mechanisms exist to manage responsibilities and ownership',
        'People can find out what their role is responsible for and how it connects to business outcomes.',
      ],
      [
        'OPS02-BP05',
        'medium',
        'Mechanisms exist to request additions, changes, and exceptions',
        'Anyone can ask an owner to add, change or waive something, and requests are decided through change management.',
      ],
      [
        'OPS02-BP06',
        'low',
        'Responsibilities between teams are predefined or negotiated',
        'Teams agree how they support each other, such as response times and communication channels.',
      ],
    ]),
  },
  {
    id: 'OPS03',
    pillar,
    area: 'Organization',
    title: 'How does your organizational culture support your business outcomes?',
    summary:
      'Leadership backs operational excellence and people are trusted, informed, trained and staffed to act on it.',
    bestPractices: practices([
      [
        'OPS03-BP01',
        'high',
        'Provide executive sponsorship',
        'A senior leader sets expectations for operations, sponsors best practices and measures success.',
      ],
      [
        'OPS03-BP02',
        'medium',
        'Team members are empowered to take action when outcomes are at risk',
        'Anyone who sees an outcome at risk may act on it without waiting for permission.',
      ],
      [
        'OPS03-BP03',
        'high',
        'Escalation is encouraged',
        'Raising concerns early and to the right level is expected and never punished.',
      ],
      [
        'OPS03-BP04',
        'high',
        'Communications are timely, clear, and actionable',
        'Leaders keep teams informed in a way they can act on, and listen to diverse viewpoints.',
      ],
      [
        'OPS03-BP05',
        'medium',
        'Experimentation is encouraged',
        'Teams are free to try ideas, and an experiment with a disappointing result still counts as learning.',
      ],
      [
        'OPS03-BP06',
        'medium',
        'Team members are encouraged to maintain and grow their skill sets',
        'People get dedicated time, training and certification support, and knowledge is spread across the team.',
      ],
      [
        'OPS03-BP07',
        'medium',
        'Resource teams appropriately',
        'Teams have enough skilled people and tooling that nobody is overloaded into making mistakes.',
      ],
    ]),
  },
  {
    id: 'OPS04',
    pillar,
    area: 'Prepare',
    title: 'How do you implement observability in your workload?',
    summary:
      'Instrument the workload so that its health, its users and its dependencies can be seen against business goals.',
    bestPractices: practices([
      [
        'OPS04-BP01',
        'high',
        'Identify key performance indicators',
        'Pick the few measures that show whether the workload is meeting its business goals.',
      ],
      [
        'OPS04-BP02',
        'high',
        'Implement application telemetry',
        'Have the application emit metrics, logs and events that explain its state and outcomes.',
      ],
      [
        'OPS04-BP03',
        'high',
        'Implement user experience telemetry',
        'Measure what users actually experience, with real-user monitoring and synthetic checks.',
      ],
      [
        'OPS04-BP04',
        'high',
        'Implement dependency telemetry',
        'Record the reachability, latency and errors of the services and systems the workload calls.',
      ],
      [
        'OPS04-BP05',
        'high',
        'Implement distributed tracing',
        'Follow each request across components so bottlenecks and failures can be located.',
      ],
    ]),
  },
  {
    id: 'OPS05',
    pillar,
    area: 'Prepare',
    title: 'How do you reduce defects, ease remediation, and improve flow into production?',
    summary:
      'Build, test, configure and release through controlled, automated and repeatable paths.',
    bestPractices: practices([
      [
        'OPS05-BP01',
        'high',
        'Use version control',
        'Keep code, infrastructure and configuration under version control so every change is tracked.',
      ],
      [
        'OPS05-BP02',
        'high',
        'Test and validate changes',
        'Test every change, including infrastructure and configuration, before it becomes a release artifact.',
      ],
      [
        'OPS05-BP03',
        'medium',
        'Use configuration management systems',
        'Apply and record configuration through a managed system rather than by hand.',
      ],
      [
        'OPS05-BP04',
        'medium',
        'Use build and deployment management systems',
        'Build and deploy with dedicated tooling so releases do not depend on manual steps.',
      ],
      [
        'OPS05-BP05',
        'medium',
        'Perform patch management',
        'Keep software patched on a schedule, automated where possible.',
      ],
      [
        'OPS05-BP06',
        'medium',
        'Share design standards',
        'Publish common design standards across teams and keep a way to request exceptions.',
      ],
      [
        'OPS05-BP07',
        'medium',
        'Implement practices to improve code quality',
        'Use reviews, test-first work and similar habits inside the delivery pipeline to catch defects early.',
      ],
      [
        'OPS05-BP08',
        'medium',
        'Use multiple environments',
        'Develop and test in separate environments that get stricter the closer they are to production.',
      ],
      [
        'OPS05-BP09',
        'low',
        'Make frequent, small, reversible changes',
        'Ship in small increments that are easy to troubleshoot and roll back.',
      ],
      [
        'OPS05-BP10',
        'low',
        'Fully automate integration and deployment',
        'Let a pipeline build, test and deploy without human hand-offs.',
      ],
    ]),
  },
  {
    id: 'OPS06',
    pillar,
    area: 'Prepare',
    title: 'How do you mitigate deployment risks?',
    summary:
      'Expect some deployments to go wrong and limit how far and how long a bad change can hurt.',
    bestPractices: practices([
      [
        'OPS06-BP01',
        'high',
        'Plan for unsuccessful changes',
        'Decide in advance how to return to a known good state or fix forward when a deployment misbehaves.',
      ],
      [
        'OPS06-BP02',
        'high',
        'Test deployments',
        'Rehearse the release in pre-production with the same steps and settings used in production.',
      ],
      [
        'OPS06-BP03',
        'medium',
        'Employ safe deployment strategies',
        'Roll out gradually, for example canary, blue/green or feature flags, so a defect reaches few users.',
      ],
      [
        'OPS06-BP04',
        'medium',
        'Automate testing and rollback',
        'Test automatically during rollout and revert automatically when agreed conditions fail.',
      ],
    ]),
  },
  {
    id: 'OPS07',
    pillar,
    area: 'Prepare',
    title: 'How do you know that you are ready to support a workload?',
    summary:
      'Check people, procedures and support arrangements before a workload or change goes live.',
    bestPractices: practices([
      [
        'OPS07-BP01',
        'high',
        'Ensure personnel capability',
        'Have enough trained people to run the workload and handle incidents without burning out.',
      ],
      [
        'OPS07-BP02',
        'high',
        'Ensure a consistent review of operational readiness',
        'Run an operational readiness review against a checklist before launch and at regular points.',
      ],
      [
        'OPS07-BP03',
        'medium',
        'Use runbooks to perform procedures',
        'Write down routine procedures step by step so anyone can carry them out the same way.',
      ],
      [
        'OPS07-BP04',
        'medium',
        'Use playbooks to investigate issues',
        'Keep investigation guides that help responders scope an issue and find its cause.',
      ],
      [
        'OPS07-BP05',
        'low',
        'Make informed decisions to deploy systems and changes',
        'Weigh benefits and risks, including through pre-mortems, before approving a deployment.',
      ],
      [
        'OPS07-BP06',
        'low',
        'Create support plans for production workloads',
        'Hold suitable support agreements for every service and product production relies on, and know how to use them.',
      ],
    ]),
  },
  {
    id: 'OPS08',
    pillar,
    area: 'Operate',
    title: 'How do you utilize workload observability in your organization?',
    summary:
      'Turn collected metrics, logs and traces into analysis, alerts and dashboards people act on.',
    bestPractices: practices([
      [
        'OPS08-BP01',
        'medium',
        'Analyze workload metrics',
        'Review metrics regularly, putting business outcome measures ahead of purely technical ones.',
      ],
      [
        'OPS08-BP02',
        'medium',
        'Analyze workload logs',
        'Search and visualize logs to understand behaviour, performance and security of the workload.',
      ],
      [
        'OPS08-BP03',
        'medium',
        'Analyze workload traces',
        'Use trace data to see how components interact and where time is spent.',
      ],
      [
        'OPS08-BP04',
        'high',
        'Create actionable alerts',
        'Alert on conditions that threaten key outcomes, and make sure each alert reaches someone who can act.',
      ],
      [
        'OPS08-BP05',
        'medium',
        'Create dashboards',
        'Give people dashboards that show health and business impact at a glance, alongside alerting.',
      ],
    ]),
  },
  {
    id: 'OPS09',
    pillar,
    area: 'Operate',
    title: 'How do you understand the health of your operations?',
    summary:
      'Measure how operations themselves are doing, share it, and use it to choose improvements.',
    bestPractices: practices([
      [
        'OPS09-BP01',
        'medium',
        'Measure operations goals and KPIs with metrics',
        'Set operations goals with baselines and track them with metrics such as delivery and recovery measures.',
      ],
      [
        'OPS09-BP02',
        'medium',
        'Communicate status and trends to ensure visibility into operation',
        'Publish operational status and trends, for example on status pages, so nobody has to ask.',
      ],
      [
        'OPS09-BP03',
        'medium',
        'Review operations metrics and prioritize improvement',
        'Hold regular reviews of operations metrics with stakeholders and rank what to improve.',
      ],
    ]),
  },
  {
    id: 'OPS10',
    pillar,
    area: 'Operate',
    title: 'How do you manage workload and operations events?',
    summary:
      'Handle events, incidents and problems through defined, prioritized and increasingly automated responses.',
    bestPractices: practices([
      [
        'OPS10-BP01',
        'high',
        'Use a process for event, incident, and problem management',
        'Have distinct, known processes for routine events, service-affecting incidents and recurring problems.',
      ],
      [
        'OPS10-BP02',
        'high',
        'Have a process per alert',
        'Give every alert an owner and a defined response.',
      ],
      [
        'OPS10-BP03',
        'high',
        'Prioritize operational events based on business impact',
        'Deal first with the events that threaten safety, money, compliance or reputation.',
      ],
      [
        'OPS10-BP04',
        'medium',
        'Define escalation paths',
        'Agree when and to whom an incident escalates, with actions approved in advance.',
      ],
      [
        'OPS10-BP05',
        'medium',
        'Define a customer communication plan for service-impacting events',
        'Know in advance how and when customers and colleagues will be told about an outage.',
      ],
      [
        'OPS10-BP06',
        'medium',
        'Communicate status through dashboards',
        'Use dashboards tailored to engineers, leaders and customers to show live status during events.',
      ],
      [
        'OPS10-BP07',
        'medium',
        'Automate responses to events',
        'Let tooling carry out well-understood responses so humans handle only the unusual.',
      ],
    ]),
  },
  {
    id: 'OPS11',
    pillar,
    area: 'Evolve',
    title: 'How do you evolve operations?',
    summary:
      'Learn from incidents, reviews and feedback, and set aside time to act on what was learned.',
    bestPractices: practices([
      [
        'OPS11-BP01',
        'high',
        'Have a process for continuous improvement',
        'Review the workload against best practices regularly and feed the findings into the backlog.',
      ],
      [
        'OPS11-BP02',
        'high',
        'Perform post-incident analysis',
        'After customer-affecting events, find the contributing factors and track actions that prevent a repeat.',
      ],
      [
        'OPS11-BP03',
        'high',
        'Implement feedback loops',
        'Build feedback into procedures and the workload so problems and the value of fixes become visible.',
      ],
      [
        'OPS11-BP04',
        'high',
        'Perform knowledge management',
        'Keep documentation searchable, accurate and current, with a way to add, update and retire it.',
      ],
      [
        'OPS11-BP05',
        'medium',
        'Define drivers for improvement',
        'State what drives improvement, using data and feedback to rank opportunities.',
      ],
      [
        'OPS11-BP06',
        'medium',
        'Validate insights',
        'Check analysis results with business owners and other teams before acting on them.',
      ],
      [
        'OPS11-BP07',
        'medium',
        'Perform operations metrics reviews',
        'Look back at operations metrics with people from across the business to spot improvements.',
      ],
      [
        'OPS11-BP08',
        'low',
        'Document and share lessons learned',
        'Write up what teams learn and share it so others avoid the same mistakes.',
      ],
      [
        'OPS11-BP09',
        'low',
        'Allocate time to make improvements',
        'Reserve capacity in the plan for small, continuous improvements.',
      ],
    ]),
  },
];
