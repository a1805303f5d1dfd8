import { deploymentBundle } from '../../core/export/deployment-bundle.ts';
import { toCloudFormation } from '../../core/export/cloudformation.ts';
import { serialize } from '../../core/export/serialize.ts';
import { EXIT, InputError, readDesign, writeOutput, type Output } from '../io.ts';

export interface ExportOptions {
  format: 'cloudformation' | 'bundle';
  yaml: boolean;
  json: boolean;
  /** The output file; with several stacks, `OUT-<region>.<ext>` beside it. */
  out: string;
}

/** `OUT` for one stack; `OUT-<region>.<ext>` (extension of OUT, else that of the format) otherwise. */
export function stackFile(
  out: string,
  region: string,
  stacks: number,
  ext: 'yaml' | 'json',
): string {
  if (stacks === 1) return out;
  const m = /^(.*?)(\.(ya?ml|json|template))?$/i.exec(out)!;
  return `${m[1]}-${region}${m[2] ?? `.${ext}`}`;
}

/**
 * `cloudwright export FILE --format cloudformation|bundle [--yaml|--json] -o OUT`: one template per
 * Region stack and the manual steps on stderr, or the deployment bundle (a zip) in OUT.
 */
export async function exportCommand(
  file: string,
  opts: ExportOptions,
  io: Output,
): Promise<number> {
  if (opts.format !== 'cloudformation' && opts.format !== 'bundle')
    throw new InputError(
      `export: unknown format "${String(opts.format)}" (cloudformation or bundle)`,
    );
  if (opts.yaml && opts.json) throw new InputError('export: choose one of --yaml and --json');
  if (!opts.out) throw new InputError('export: -o OUT is required');
  const design = await readDesign(file);
  const ext = opts.json || (!opts.yaml && /\.json$/i.test(opts.out)) ? 'json' : 'yaml';
  if (opts.format === 'bundle') {
    const zip = deploymentBundle(design, {
      format: ext,
      date: new Date().toISOString().slice(0, 10),
    });
    await writeOutput(opts.out, zip);
    io.out(
      `${opts.out}: deployment bundle, ${zip.length} bytes (unzip it and run ./deploy.sh --help)`,
    );
    return EXIT.ok;
  }
  const result = toCloudFormation(design);
  for (const stack of result.stacks) {
    const target = stackFile(opts.out, stack.region, result.stacks.length, ext);
    await writeOutput(target, serialize(stack.template, ext));
    io.out(
      `${target}: ${stack.region} stack, ${Object.keys(stack.template.Resources).length} resources`,
    );
  }
  for (const step of result.manualSteps)
    io.err(`manual step: ${step.node ? `${step.node} (${step.service}): ` : ''}${step.reason}`);
  return EXIT.ok;
}
