/** Security: SEC01-SEC11. Titles are AWS's; summaries are ours. */
import { practices, type Question } from '../types.ts';

const pillar = 'security' as const;

export const SECURITY: readonly Question[] = [
  {
    id: 'SEC01',
    pillar,
    area: 'Security foundations',
    title: 'How do you securely operate your workload?',
    summary:
      'Set up accounts, controls and habits that keep the whole environment secure as threats change.',
    bestPractices: practices([
      [
        'SEC01-BP01',
        'high',
        'Separate workloads using accounts',
        'Isolate environments and workloads in separate AWS accounts with shared guardrails.',
      ],
      [
        'SEC01-BP02',
        'high',
        'Secure account root user and properties',
        'Lock down the root user, keep it out of daily use and protect its credentials and contact details.',
      ],
      [
        'SEC01-BP03',
        'high',
        'Identify and validate control objectives',
        'Derive the controls you need from compliance duties and threats, and check that they keep working.',
      ],
      [
        'SEC01-BP04',
        'high',
        'Stay up to date with security threats and recommendations',
        'Follow threat intelligence and guidance so defences keep pace with new attacks.',
      ],
      [
        'SEC01-BP05',
        'medium',
        'Reduce security management scope',
        'Prefer managed services that take security chores such as patching off your hands.',
      ],
      [
        'SEC01-BP06',
        'medium',
        'Automate deployment of standard security controls',
        'Define standard controls as code and roll them out through a tested pipeline.',
      ],
      [
        'SEC01-BP07',
        'high',
        'Identify threats and prioritize mitigations using a threat model',
        'Keep a threat model of the workload and rank mitigations by the threats that matter most.',
      ],
      [
        'SEC01-BP08',
        'low',
        'Evaluate and implement new security services and features regularly',
        'Keep assessing new security services and features and adopt the ones that help.',
      ],
    ]),
  },
  {
    id: 'SEC02',
    pillar,
    area: 'Identity and access management',
    title: 'How do you manage identities for people and machines?',
    summary:
      'Authenticate people and systems strongly, with short-lived, centrally managed and well-guarded credentials.',
    bestPractices: practices([
      [
        'SEC02-BP01',
        'high',
        'Use strong sign-in mechanisms',
        'Require multi-factor authentication and strong passwords for every sign-in.',
      ],
      [
        'SEC02-BP02',
        'high',
        'Use temporary credentials',
        'Use credentials that expire on their own rather than long-lived keys.',
      ],
      [
        'SEC02-BP03',
        'high',
        'Store and use secrets securely',
        'Keep passwords, keys and tokens in a secrets service that controls, audits and rotates them.',
      ],
      [
        'SEC02-BP04',
        'high',
        'Rely on a centralized identity provider',
        'Manage workforce identities in one identity provider so access is granted and revoked in one place.',
      ],
      [
        'SEC02-BP05',
        'high',
        'Audit and rotate credentials periodically',
        'Review credentials regularly and rotate any that cannot be made temporary.',
      ],
      [
        'SEC02-BP06',
        'medium',
        'Employ user groups and attributes',
        'Grant access by group and attribute rather than person by person.',
      ],
    ]),
  },
  {
    id: 'SEC03',
    pillar,
    area: 'Identity and access management',
    title: 'How do you manage permissions for people and machines?',
    summary: 'Give each identity only the access it needs, under guardrails, and keep trimming it.',
    bestPractices: practices([
      [
        'SEC03-BP01',
        'high',
        'Define access requirements',
        'Decide who or what needs access to each component and how it authenticates.',
      ],
      [
        'SEC03-BP02',
        'high',
        'Grant least privilege access',
        'Allow only the specific actions on specific resources that each identity needs.',
      ],
      [
        'SEC03-BP03',
        'medium',
        'Establish emergency access process',
        'Prepare a tested break-glass route in case the normal identity provider is unavailable.',
      ],
      [
        'SEC03-BP04',
        'medium',
        'Reduce permissions continuously',
        'Find and remove unused identities and permissions on an ongoing basis.',
      ],
      [
        'SEC03-BP05',
        'medium',
        'Define permission guardrails for your organization',
        'Set organization-wide limits on what any principal can ever be granted.',
      ],
      [
        'SEC03-BP06',
        'medium',
        'Manage access based on lifecycle',
        'Adjust access as people join, change roles or leave.',
      ],
      [
        'SEC03-BP07',
        'low',
        'Analyze public and cross-account access',
        'Watch for resources shared publicly or with other accounts and keep such sharing to what is required.',
      ],
      [
        'SEC03-BP08',
        'medium',
        'Share resources securely within your organization',
        'Share common resources across accounts through controlled mechanisms instead of copying them.',
      ],
      [
        'SEC03-BP09',
        'medium',
        'Share resources securely with a third party',
        'Give third parties just-in-time, least-privilege, temporary access.',
      ],
    ]),
  },
  {
    id: 'SEC04',
    pillar,
    area: 'Detection',
    title: 'How do you detect and investigate security events?',
    summary:
      'Capture security logs and findings centrally so events can be spotted, understood and acted on.',
    bestPractices: practices([
      [
        'SEC04-BP01',
        'high',
        'Configure service and application logging',
        'Turn on and retain security-relevant logs from services and applications.',
      ],
      [
        'SEC04-BP02',
        'medium',
        'Capture logs, findings, and metrics in standardized locations',
        'Collect security data in agreed central places so it can be correlated and analysed.',
      ],
      [
        'SEC04-BP03',
        'low',
        'Correlate and enrich security alerts',
        'Combine and add context to alerts automatically so real incidents stand out.',
      ],
      [
        'SEC04-BP04',
        'medium',
        'Initiate remediation for non-compliant resources',
        'Fix resources that drift from required configuration, automatically where possible.',
      ],
    ]),
  },
  {
    id: 'SEC05',
    pillar,
    area: 'Infrastructure protection',
    title: 'How do you protect your network resources?',
    summary:
      'Layer the network, restrict flows between layers, and inspect and automate the protections.',
    bestPractices: practices([
      [
        'SEC05-BP01',
        'high',
        'Create network layers',
        'Separate internet-facing parts from internal ones such as databases in distinct network tiers.',
      ],
      [
        'SEC05-BP02',
        'high',
        'Control traffic flow within your network layers',
        'Permit only the traffic each component needs, both in and out of the workload and between its parts.',
      ],
      [
        'SEC05-BP03',
        'medium',
        'Implement inspection-based protection',
        'Inspect traffic at the boundaries between layers, for example with a web application firewall.',
      ],
      [
        'SEC05-BP04',
        'medium',
        'Automate network protection',
        'Manage network protections as code so changes are tracked and drift is detected.',
      ],
    ]),
  },
  {
    id: 'SEC06',
    pillar,
    area: 'Infrastructure protection',
    title: 'How do you protect your compute resources?',
    summary:
      'Keep compute patched, built from trusted images, verified and managed without hands-on access.',
    bestPractices: practices([
      [
        'SEC06-BP01',
        'high',
        'Perform vulnerability management',
        'Scan code, dependencies and infrastructure for vulnerabilities and patch them promptly.',
      ],
      [
        'SEC06-BP02',
        'high',
        'Provision compute from hardened images',
        'Start from hardened images and pull dependencies only from trusted, verified registries.',
      ],
      [
        'SEC06-BP03',
        'medium',
        'Reduce manual management and interactive access',
        'Operate compute through automation and keep interactive logins for emergencies.',
      ],
      [
        'SEC06-BP04',
        'medium',
        'Validate software integrity',
        'Sign artifacts and verify signatures before they run.',
      ],
      [
        'SEC06-BP05',
        'medium',
        'Automate compute protection',
        'Scan and remediate compute automatically and keep dependencies current through the pipeline.',
      ],
    ]),
  },
  {
    id: 'SEC07',
    pillar,
    area: 'Data protection',
    title: 'How do you classify your data?',
    summary:
      'Know what data you hold and how sensitive it is, and let that drive its controls and lifecycle.',
    bestPractices: practices([
      [
        'SEC07-BP01',
        'high',
        'Understand your data classification scheme',
        'Know what data the workload handles, where it lives, who owns it and how it must be treated.',
      ],
      [
        'SEC07-BP02',
        'high',
        'Apply data protection controls based on data sensitivity',
        'Match the strength of protection to each class of data.',
      ],
      [
        'SEC07-BP03',
        'medium',
        'Automate identification and classification',
        'Use tools to find and label sensitive data rather than relying on people alone.',
      ],
      [
        'SEC07-BP04',
        'high',
        'Define scalable data lifecycle management',
        'Set rules for how each class of data is taken in, kept, audited and destroyed.',
      ],
    ]),
  },
  {
    id: 'SEC08',
    pillar,
    area: 'Data protection',
    title: 'How do you protect your data at rest?',
    summary: 'Encrypt stored data with well-managed keys and strictly control who can reach it.',
    bestPractices: practices([
      [
        'SEC08-BP01',
        'high',
        'Implement secure key management',
        'Store, rotate, restrict and monitor the keys that protect stored data.',
      ],
      [
        'SEC08-BP02',
        'high',
        'Enforce encryption at rest',
        'Encrypt stored private data and track anything left unencrypted.',
      ],
      [
        'SEC08-BP03',
        'medium',
        'Automate data at rest protection',
        'Detect and fix storage misconfigurations automatically.',
      ],
      [
        'SEC08-BP04',
        'high',
        'Enforce access control',
        'Restrict stored data with least privilege, isolation and versioning, and block public access.',
      ],
    ]),
  },
  {
    id: 'SEC09',
    pillar,
    area: 'Data protection',
    title: 'How do you protect your data in transit?',
    summary:
      'Encrypt and authenticate data as it moves, with certificates and keys managed safely.',
    bestPractices: practices([
      [
        'SEC09-BP01',
        'high',
        'Implement secure key and certificate management',
        'Issue, store and renew TLS certificates and their keys through a managed process.',
      ],
      [
        'SEC09-BP02',
        'high',
        'Enforce encryption in transit',
        'Require encrypted protocols wherever sensitive data travels, especially outside the VPC.',
      ],
      [
        'SEC09-BP03',
        'low',
        'Authenticate network communications',
        'Use protocols that prove the identity of both ends, such as TLS or IPsec.',
      ],
    ]),
  },
  {
    id: 'SEC10',
    pillar,
    area: 'Incident response',
    title: 'How do you anticipate, respond to, and recover from incidents?',
    summary:
      'Prepare people, plans, access and tools for security incidents, practise them, and learn afterwards.',
    bestPractices: practices([
      [
        'SEC10-BP01',
        'high',
        'Identify key personnel and external resources',
        'Know the people, outside help and legal duties an incident response will involve.',
      ],
      [
        'SEC10-BP02',
        'high',
        'Develop incident management plans',
        'Write an incident response plan that anchors the whole response programme.',
      ],
      [
        'SEC10-BP03',
        'medium',
        'Prepare forensic capabilities',
        'Have the ability to collect and examine evidence ready before an incident.',
      ],
      [
        'SEC10-BP04',
        'medium',
        'Develop and test security incident response playbooks',
        'Write step-by-step playbooks for likely security events and try them out.',
      ],
      [
        'SEC10-BP05',
        'medium',
        'Pre-provision access',
        'Give responders the access they will need before it is needed.',
      ],
      [
        'SEC10-BP06',
        'medium',
        'Pre-deploy tools',
        'Install investigation and recovery tooling ahead of time.',
      ],
      [
        'SEC10-BP07',
        'medium',
        'Run simulations',
        'Rehearse realistic attack scenarios to test and improve the response.',
      ],
      [
        'SEC10-BP08',
        'medium',
        'Establish a framework for learning from incidents',
        'Analyse root causes after incidents and apply the lessons to prevent recurrence.',
      ],
    ]),
  },
  {
    id: 'SEC11',
    pillar,
    area: 'Application security',
    title:
      'How do you incorporate and validate the security properties of applications throughout the design, development, and deployment lifecycle?',
    summary: 'Build security into how software is designed, written, tested, packaged and shipped.',
    bestPractices: practices([
      [
        'SEC11-BP01',
        'medium',
        'Train for application security',
        'Teach builders secure design, coding and operation, and keep the training current.',
      ],
      [
        'SEC11-BP02',
        'medium',
        'Automate testing throughout the development and release lifecycle',
        'Run automated security tests at every stage from commit to release.',
      ],
      [
        'SEC11-BP03',
        'high',
        'Perform regular penetration testing',
        'Have the software attacked on purpose to find what automated tests and reviews miss.',
      ],
      [
        'SEC11-BP04',
        'medium',
        'Conduct code reviews',
        'Have someone other than the author review code for flaws and standards.',
      ],
      [
        'SEC11-BP05',
        'medium',
        'Centralize services for packages and dependencies',
        'Source packages through central, vetted repositories.',
      ],
      [
        'SEC11-BP06',
        'high',
        'Deploy software programmatically',
        'Deploy through automation to avoid human error.',
      ],
      [
        'SEC11-BP07',
        'high',
        'Regularly assess security properties of the pipelines',
        'Secure the delivery pipelines themselves, especially how their permissions are separated.',
      ],
      [
        'SEC11-BP08',
        'low',
        'Build a program that embeds security ownership in workload teams',
        'Give builder teams ownership of security decisions, with the security team reviewing them.',
      ],
    ]),
  },
];
