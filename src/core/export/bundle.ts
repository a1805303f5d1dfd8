/**
 * The deployment bundle: the templates, parameters for dev, staging and prod, deploy.sh and
 * deploy.ps1, a README with prerequisites, steps and manual steps, and the design file, zipped
 * with fflate. Deterministic: the same design gives the same bytes.
 */
import { zipSync, strToU8, type Zippable } from 'fflate';
import type { DesignDocument } from '../model/types.ts';
import { ENVIRONMENTS, toCloudFormation, type ExportResult } from './cloudformation.ts';
import { deployPs1, deploySh, type ScriptStack } from './scripts.ts';
import { serialize } from './serialize.ts';
import { kebab } from './services/names.ts';
import type { Template } from './template.ts';

/** `aws cloudformation deploy` takes templates up to this size inline; larger ones go through S3. */
const INLINE_LIMIT = 51_200;
/** Zip entries carry this date so that the archive's bytes depend on its content only. */
const EPOCH = new Date(Date.UTC(2020, 0, 1));

export interface BundleOptions {
  format?: 'yaml' | 'json';
  /** More files to add, by path (the review report, the cost estimate, the diagram). */
  extras?: Record<string, string | Uint8Array>;
}

/** The stack name prefix: the design name reduced to what CloudFormation allows. */
export function stackBase(design: DesignDocument): string {
  const k = kebab(design.name, 60);
  return /^[a-z]/.test(k) ? k : `stack-${k}`.slice(0, 60);
}

/** `Key=Value` lines for one environment; parameters without a default are left for the user. */
function parameterFile(template: Template, env: string): string {
  const lines = [
    `# Parameters of the ${env} environment, one Key=Value per line; lines starting with # are ignored.`,
  ];
  for (const [name, p] of Object.entries(template.Parameters ?? {})) {
    if (name === 'Environment') lines.push(`Environment=${env}`);
    else if (p.Default === undefined)
      lines.push(
        `# ${name}=  (required: ${String(p.Description ?? 'no default').replace(/[\r\n]+/g, ' ')})`,
      );
  }
  return `${lines.join('\n')}\n`;
}

function iamIn(template: Template): boolean {
  return Object.values(template.Resources).some((r) => r.Type.startsWith('AWS::IAM::'));
}

/** Markdown text of a value that came from the design: one line, no raw HTML. */
function md(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .replace(/([\\`*_[\]|#])/g, '\\$1');
}

function readme(
  design: DesignDocument,
  result: ExportResult,
  stacks: readonly ScriptStack[],
  base: string,
): string {
  const multi = stacks.length > 1;
  const rows = stacks.map(
    (s) =>
      `| ${s.region} | \`${s.template}\` | \`${base}-<environment>${multi ? `-${s.region}` : ''}\` | ${s.iam ? 'yes' : 'no'} |`,
  );
  const required = result.stacks.flatMap((s) =>
    Object.entries(s.template.Parameters ?? {})
      .filter(([, p]) => p.Default === undefined)
      .map(([name, p]) => `- \`${name}\` (${s.region}): ${md(String(p.Description ?? ''))}`),
  );
  const manual = result.manualSteps.map(
    (m) =>
      `- ${m.node ? `**${md(design.nodes.find((n) => n.id === m.node)?.label ?? m.node)}** (${md(m.service)}): ` : ''}${md(m.reason)}`,
  );
  return `# Deployment bundle: ${md(design.name)}

Exported by Cloudwright. The templates validate against the CloudFormation resource specification;
review them, and the manual steps below, before deploying.

## Contents

| Region | Template | Stack name | Creates IAM resources |
| --- | --- | --- | --- |
${rows.join('\n')}

- \`parameters/<region>/<environment>.params\`: parameters of the dev, staging and prod environments.
- \`deploy.sh\` (bash) and \`deploy.ps1\` (PowerShell): deploy every stack with \`aws cloudformation deploy\`.
- \`design.json\`: the Cloudwright design the templates were exported from.
- \`reports/well-architected-review.md\`, \`reports/cost-and-carbon.csv\` and \`diagram.svg\`: the design's review, its estimate and its diagram, as of the export.

## Prerequisites

1. The AWS CLI version 2, with credentials for the target account (\`aws sts get-caller-identity\` works).
2. Permission to create the stacks' resources${stacks.some((s) => s.iam) ? ', including IAM roles (the scripts pass CAPABILITY_IAM and CAPABILITY_NAMED_IAM)' : ''}.
3. ${stacks.some((s) => s.large) ? 'An S3 bucket in each Region for templates over 51,200 bytes (`--s3-bucket`).' : 'Nothing else: every template is small enough to deploy inline.'}

## Steps

1. Fill in the required parameters in \`parameters/<region>/<environment>.params\`${required.length > 0 ? ':' : ' (none are required).'}
${required.join('\n')}
2. Preview the change sets: \`./deploy.sh --environment dev --dry-run\` (PowerShell: \`./deploy.ps1 -Environment dev -DryRun\`).
3. Deploy: \`./deploy.sh --environment dev\`. Options: \`--region\`, \`--stack-name\`, \`--s3-bucket\`, \`--help\`.

## Manual steps

${manual.length > 0 ? manual.join('\n') : 'None: the templates cover the whole design.'}
`;
}

/** The bundle's files as text, by path inside the archive. */
export function bundleFiles(
  design: DesignDocument,
  options: BundleOptions = {},
): Record<string, string> {
  const format = options.format ?? 'yaml';
  const result = toCloudFormation(design);
  const base = stackBase(design);
  const files: Record<string, string> = {};
  const stacks: ScriptStack[] = [];
  for (const s of result.stacks) {
    const template = `templates/${s.region}.${format}`;
    const text = serialize(s.template, format);
    files[template] = text;
    for (const env of ENVIRONMENTS)
      files[`parameters/${s.region}/${env}.params`] = parameterFile(s.template, env);
    stacks.push({
      region: s.region,
      template,
      parameters: `parameters/${s.region}`,
      iam: iamIn(s.template),
      large: new TextEncoder().encode(text).length > INLINE_LIMIT,
    });
  }
  files['deploy.sh'] = deploySh(stacks, base);
  files['deploy.ps1'] = deployPs1(stacks, base);
  files['README.md'] = readme(design, result, stacks, base);
  files['design.json'] = `${JSON.stringify(design, null, 2)}\n`;
  return files;
}

/** The bundle as a zip archive (deploy.sh executable). */
export function createBundle(design: DesignDocument, options: BundleOptions = {}): Uint8Array {
  const files: Zippable = {};
  const all: Record<string, string | Uint8Array> = {
    ...bundleFiles(design, options),
    ...(options.extras ?? {}),
  };
  for (const path of Object.keys(all).sort()) {
    const content = all[path];
    const data = typeof content === 'string' ? strToU8(content) : content;
    // Unix permissions in the external attributes: rwxr-xr-x for the script, rw-r--r-- otherwise.
    files[path] = [
      data,
      { mtime: EPOCH, os: 3, attrs: (path.endsWith('.sh') ? 0o100755 : 0o100644) << 16 },
    ];
  }
  return zipSync(files, { level: 6, mtime: EPOCH });
}
