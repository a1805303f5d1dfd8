import { fromCloudFormation } from '../../core/import/cloudformation.ts';
import { EXIT, InputError, readInput, writeOutput, type Output } from '../io.ts';

/** `cloudwright import TEMPLATE -o FILE`: a CloudFormation template (YAML or JSON) to a design file. */
export async function importCommand(
  file: string,
  opts: { out: string },
  io: Output,
): Promise<number> {
  if (!opts.out) throw new InputError('import: -o FILE is required');
  const r = fromCloudFormation(await readInput(file));
  if (!r.ok) {
    for (const e of r.errors) io.err(`${file}: ${e.path ? `${e.path}: ` : ''}${e.message}`);
    return EXIT.badInput;
  }
  const d = r.value;
  await writeOutput(opts.out, `${JSON.stringify(d, null, 2)}\n`);
  const generic = d.nodes.filter((n) => n.service === 'generic-resource').length;
  io.out(
    `${opts.out}: design "${d.name}", ${d.nodes.length} nodes (${generic} generic), ${d.edges.length} edges`,
  );
  return EXIT.ok;
}
