/** Reliability: REL01-REL13. Titles are AWS's; summaries are ours. */
import { practices, type Question } from '../types.ts';

const pillar = 'reliability' as const;

export const RELIABILITY: readonly Question[] = [
  {
    id: 'REL01',
    pillar,
    area: 'Foundations',
    title: 'How do you manage service quotas and constraints?',
    summary:
      'Know the limits the workload can hit and keep enough headroom, including during failover.',
    bestPractices: practices([
      [
        'REL01-BP01',
        'high',
        'Aware of service quotas and constraints',
        'Know the default quotas and physical limits that could affect the workload.',
      ],
      [
        'REL01-BP02',
        'high',
        'Manage service quotas across accounts and regions',
        'Raise quotas in every account and Region where production runs, not just one.',
      ],
      [
        'REL01-BP03',
        'medium',
        'Accommodate fixed service quotas and constraints through architecture',
        'Design around limits that cannot be raised so they never cap availability.',
      ],
      [
        'REL01-BP04',
        'medium',
        'Monitor and manage quotas',
        'Track usage against quotas and raise them ahead of planned growth.',
      ],
      [
        'REL01-BP05',
        'medium',
        'Automate quota management',
        'Use tooling to watch quotas and request increases automatically.',
      ],
      [
        'REL01-BP06',
        'medium',
        'Ensure that a sufficient gap exists between the current quotas and the maximum usage to accommodate failover',
        'Leave quota room for replacement resources that run alongside failed ones during a failover.',
      ],
    ]),
  },
  {
    id: 'REL02',
    pillar,
    area: 'Foundations',
    title: 'How do you plan your network topology?',
    summary: 'Design connectivity and address space that stay available and leave room to grow.',
    bestPractices: practices([
      [
        'REL02-BP01',
        'high',
        'Use highly available network connectivity for your workload public endpoints',
        'Front public endpoints with highly available DNS, CDN, load balancing or API services.',
      ],
      [
        'REL02-BP02',
        'high',
        'Provision redundant connectivity between private networks in the cloud and on-premises environments',
        'Use at least two independent links between on-premises networks and the cloud.',
      ],
      [
        'REL02-BP03',
        'medium',
        'Ensure IP subnet allocation accounts for expansion and availability',
        'Size VPCs and subnets for growth and for spreading across Availability Zones.',
      ],
      [
        'REL02-BP04',
        'medium',
        'Prefer hub-and-spoke topologies over many-to-many mesh',
        'Connect many networks through a central hub rather than pairwise links.',
      ],
      [
        'REL02-BP05',
        'medium',
        'Enforce non-overlapping private IP address ranges in all private address spaces where they are connected',
        'Keep address ranges unique across every network that is or may be connected.',
      ],
    ]),
  },
  {
    id: 'REL03',
    pillar,
    area: 'Workload architecture',
    title: 'How do you design your workload service architecture?',
    summary:
      'Split the workload into services with clear business boundaries and explicit contracts.',
    bestPractices: practices([
      [
        'REL03-BP01',
        'high',
        'Choose how to segment your workload',
        'Decide deliberately between a monolith, services or microservices, avoiding a monolith where you can.',
      ],
      [
        'REL03-BP02',
        'high',
        'Build services focused on specific business domains and functionality',
        'Draw service boundaries around business domains so each can own its reliability.',
      ],
      [
        'REL03-BP03',
        'medium',
        'Provide service contracts per API',
        'Publish versioned, machine-readable API contracts so producers and consumers can change independently.',
      ],
    ]),
  },
  {
    id: 'REL04',
    pillar,
    area: 'Workload architecture',
    title: 'How do you design interactions in a distributed system to prevent failures?',
    summary:
      'Shape how components talk to each other so that one failing does not bring others down.',
    bestPractices: practices([
      [
        'REL04-BP01',
        'high',
        'Identify the kind of distributed systems you depend on',
        'Know whether each dependency is synchronous, asynchronous or batch and design for it.',
      ],
      [
        'REL04-BP02',
        'high',
        'Implement loosely coupled dependencies',
        'Put queues, streams, workflows or load balancers between components so they fail independently.',
      ],
      [
        'REL04-BP03',
        'low',
        'Do constant work',
        'Keep the amount of work steady regardless of conditions so load spikes cannot surprise the system.',
      ],
      [
        'REL04-BP04',
        'medium',
        'Make mutating operations idempotent',
        'Make repeated requests safe, for example with idempotency tokens, so clients can retry.',
      ],
    ]),
  },
  {
    id: 'REL05',
    pillar,
    area: 'Workload architecture',
    title:
      'How do you design interactions in a distributed system to mitigate or withstand failures?',
    summary:
      'Let components degrade, throttle, retry carefully and fail fast when things go wrong.',
    bestPractices: practices([
      [
        'REL05-BP01',
        'high',
        'Implement graceful degradation to transform applicable hard dependencies into soft dependencies',
        'Keep the core function working, perhaps with stale or reduced data, when a dependency is down.',
      ],
      [
        'REL05-BP02',
        'high',
        'Throttle requests',
        'Reject requests above a set rate so unexpected demand cannot exhaust resources.',
      ],
      [
        'REL05-BP03',
        'high',
        'Control and limit retry calls',
        'Retry with exponential backoff, jitter and a cap on attempts.',
      ],
      [
        'REL05-BP04',
        'high',
        'Fail fast and limit queues',
        'Give up quickly when a request cannot succeed, and keep backlogs from growing stale.',
      ],
      [
        'REL05-BP05',
        'high',
        'Set client timeouts',
        'Choose timeouts for every connection and request deliberately instead of trusting defaults.',
      ],
      [
        'REL05-BP06',
        'medium',
        'Make systems stateless where possible',
        'Keep session state out of servers so any instance can be replaced at any time.',
      ],
      [
        'REL05-BP07',
        'medium',
        'Implement emergency levers',
        'Prepare quick switches that shed load or disable features to protect availability.',
      ],
    ]),
  },
  {
    id: 'REL06',
    pillar,
    area: 'Change management',
    title: 'How do you monitor workload resources?',
    summary:
      'Collect, aggregate, alarm on and analyse signals from every component of the workload.',
    bestPractices: practices([
      [
        'REL06-BP01',
        'high',
        'Monitor all components for the workload (Generation)',
        'Emit monitoring data from every component and watch the health of the AWS services used.',
      ],
      [
        'REL06-BP02',
        'high',
        'Define and calculate metrics (Aggregation)',
        'Derive meaningful aggregate metrics from raw logs and measurements.',
      ],
      [
        'REL06-BP03',
        'high',
        'Send notifications (Real-time processing and alarming)',
        'Alert the right people and systems in real time when a problem is detected.',
      ],
      [
        'REL06-BP04',
        'medium',
        'Automate responses (Real-time processing and alarming)',
        'Trigger automatic actions, such as replacing a failed part, when an alarm fires.',
      ],
      [
        'REL06-BP05',
        'medium',
        'Analyze logs',
        'Keep log and metric history and study it for trends.',
      ],
      [
        'REL06-BP06',
        'medium',
        'Regularly review monitoring scope and metrics',
        'Revisit what is monitored as the workload changes so gaps do not open up.',
      ],
      [
        'REL06-BP07',
        'medium',
        'Monitor end-to-end tracing of requests through your system',
        'Trace requests across services to debug failures and latency.',
      ],
    ]),
  },
  {
    id: 'REL07',
    pillar,
    area: 'Change management',
    title: 'How do you design your workload to adapt to changes in demand?',
    summary:
      'Add and remove capacity automatically as demand or health changes, and prove it under load.',
    bestPractices: practices([
      [
        'REL07-BP01',
        'high',
        'Use automation when obtaining or scaling resources',
        'Provision and scale resources with automation rather than by hand.',
      ],
      [
        'REL07-BP02',
        'medium',
        'Obtain resources upon detection of impairment to a workload',
        'Scale out in reaction when an impairment threatens availability.',
      ],
      [
        'REL07-BP03',
        'medium',
        'Obtain resources upon detection that more resources are needed for a workload',
        'Add capacity as soon as demand signals show it is needed, or ahead of known peaks.',
      ],
      [
        'REL07-BP04',
        'medium',
        'Load test your workload',
        'Check with load tests that scaling keeps up with the requirements.',
      ],
    ]),
  },
  {
    id: 'REL08',
    pillar,
    area: 'Change management',
    title: 'How do you implement change?',
    summary: 'Make changes through tested, automated and repeatable procedures.',
    bestPractices: practices([
      [
        'REL08-BP01',
        'high',
        'Use runbooks for standard activities such as deployment',
        'Follow written procedures, manual or automated, for routine changes like deployments.',
      ],
      [
        'REL08-BP02',
        'high',
        'Integrate functional testing as part of your deployment',
        'Run unit and integration tests as part of every deployment.',
      ],
      [
        'REL08-BP03',
        'medium',
        'Integrate resiliency testing as part of your deployment',
        'Inject failures during the release process to check the system copes.',
      ],
      [
        'REL08-BP04',
        'medium',
        'Deploy using immutable infrastructure',
        'Replace infrastructure with new copies instead of changing it in place.',
      ],
      [
        'REL08-BP05',
        'medium',
        'Deploy changes with automation',
        'Automate deployments and patching to remove error-prone manual steps.',
      ],
    ]),
  },
  {
    id: 'REL09',
    pillar,
    area: 'Failure management',
    title: 'How do you back up data?',
    summary: 'Back up what matters automatically and securely, and prove that restores work.',
    bestPractices: practices([
      [
        'REL09-BP01',
        'high',
        'Identify and back up all data that needs to be backed up, or reproduce the data from sources',
        'Find every data set that must survive, and back it up or make sure it can be rebuilt.',
      ],
      [
        'REL09-BP02',
        'high',
        'Secure and encrypt backups',
        'Encrypt backups and control and audit who can reach them.',
      ],
      [
        'REL09-BP03',
        'medium',
        'Perform data backup automatically',
        'Take backups on a schedule driven by the recovery point objective.',
      ],
      [
        'REL09-BP04',
        'medium',
        'Perform periodic recovery of the data to verify backup integrity and processes',
        'Restore from backup regularly to check that recovery meets its time and data-loss targets.',
      ],
    ]),
  },
  {
    id: 'REL10',
    pillar,
    area: 'Failure management',
    title: 'How do you use fault isolation to protect your workload?',
    summary:
      'Contain failures within a location or cell so they cannot take the whole workload down.',
    bestPractices: practices([
      [
        'REL10-BP01',
        'high',
        'Deploy the workload to multiple locations',
        'Spread data and resources across Availability Zones and, where needed, Regions.',
      ],
      [
        'REL10-BP02',
        'medium',
        'Automate recovery for components constrained to a single location',
        'Be able to rebuild automatically anything that can only run in one place.',
      ],
      [
        'REL10-BP03',
        'high',
        'Use bulkhead architectures to limit scope of impact',
        'Partition the workload into independent cells so a failure affects only some users.',
      ],
    ]),
  },
  {
    id: 'REL11',
    pillar,
    area: 'Failure management',
    title: 'How do you design your workload to withstand component failures?',
    summary:
      'Detect failures and route around them automatically, staying stable while it happens.',
    bestPractices: practices([
      [
        'REL11-BP01',
        'high',
        'Monitor all components of the workload to detect failures',
        'Watch health and business indicators continuously so failures are noticed immediately.',
      ],
      [
        'REL11-BP02',
        'high',
        'Fail over to healthy resources',
        'Send traffic to healthy resources, in another zone or Region if needed, when some fail.',
      ],
      [
        'REL11-BP03',
        'high',
        'Automate healing on all layers',
        'Restart, replace or remove failed parts automatically at every layer.',
      ],
      [
        'REL11-BP04',
        'medium',
        'Rely on the data plane and not the control plane during recovery',
        'Recover using already-running capacity rather than API calls that may be impaired.',
      ],
      [
        'REL11-BP05',
        'medium',
        'Use static stability to prevent bimodal behavior',
        'Run with enough capacity in place that a failure does not require changing behaviour.',
      ],
      [
        'REL11-BP06',
        'medium',
        'Send notifications when events impact availability',
        'Notify people when availability is hit, even when automation fixed it.',
      ],
      [
        'REL11-BP07',
        'medium',
        'Architect your product to meet availability targets and uptime service level agreements (SLAs)',
        'Check that architecture and operations can actually deliver the availability you promise.',
      ],
    ]),
  },
  {
    id: 'REL12',
    pillar,
    area: 'Failure management',
    title: 'How do you test reliability?',
    summary: 'Exercise failure on purpose and learn from real incidents to find weaknesses first.',
    bestPractices: practices([
      [
        'REL12-BP01',
        'high',
        'Use playbooks to investigate failures',
        'Document investigation steps so responses to poorly understood failures are consistent.',
      ],
      [
        'REL12-BP02',
        'high',
        'Perform post-incident analysis',
        'Review customer-affecting events, find contributing factors and act to prevent a repeat.',
      ],
      [
        'REL12-BP03',
        'high',
        'Test scalability and performance requirements',
        'Load test to confirm the workload meets its scaling and performance needs.',
      ],
      [
        'REL12-BP04',
        'medium',
        'Test resiliency using chaos engineering',
        'Run controlled fault-injection experiments close to production.',
      ],
      [
        'REL12-BP05',
        'medium',
        'Conduct game days regularly',
        'Rehearse incident response with the real on-call teams under realistic conditions.',
      ],
    ]),
  },
  {
    id: 'REL13',
    pillar,
    area: 'Failure management',
    title: 'How do you plan for disaster recovery (DR)?',
    summary:
      'Set recovery targets, choose a strategy that meets them, and keep it tested and in sync.',
    bestPractices: practices([
      [
        'REL13-BP01',
        'high',
        'Define recovery objectives for downtime and data loss',
        'Agree a recovery time objective and a recovery point objective for the workload.',
      ],
      [
        'REL13-BP02',
        'high',
        'Use defined recovery strategies to meet the recovery objectives',
        'Pick a DR strategy, from backup and restore to active/active, that meets those objectives.',
      ],
      [
        'REL13-BP03',
        'high',
        'Test disaster recovery implementation to validate the implementation',
        'Fail over to the recovery site regularly to prove it works within the targets.',
      ],
      [
        'REL13-BP04',
        'high',
        'Manage configuration drift at the DR site or Region',
        'Keep infrastructure, data and configuration of the DR site in step with production.',
      ],
      [
        'REL13-BP05',
        'medium',
        'Automate recovery',
        'Make recovery automatic, observable and repeatable.',
      ],
    ]),
  },
];
