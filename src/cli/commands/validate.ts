import { restoreDesign } from '../../core/model/index.ts';
import { EXIT, readInput, type Output } from '../io.ts';

/** `cloudwright validate FILE [--json]`: every problem the restore step finds, located. */
export async function validate(file: string, json: boolean, io: Output): Promise<number> {
  const r = restoreDesign(await readInput(file));
  if (json) {
    io.out(
      JSON.stringify(
        r.ok ? { file, valid: true, errors: [] } : { file, valid: false, errors: r.errors },
        null,
        2,
      ),
    );
    return r.ok ? EXIT.ok : EXIT.badInput;
  }
  if (r.ok) {
    const d = r.value.design;
    const migrated =
      r.value.migratedFrom < d.version ? ` (migrated from version ${r.value.migratedFrom})` : '';
    io.out(
      `${file}: valid design "${d.name}", ${d.nodes.length} nodes, ${d.edges.length} edges${migrated}`,
    );
    return EXIT.ok;
  }
  for (const e of r.errors) io.err(`${file}: ${e.path ? `${e.path}: ` : ''}${e.message}`);
  io.err(`${file}: ${r.errors.length} problem${r.errors.length === 1 ? '' : 's'}`);
  return EXIT.badInput;
}
