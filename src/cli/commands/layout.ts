import { layoutDesign } from '../../core/layout/elk-node.ts';
import { EXIT, readDesign, writeOutput, type Output } from '../io.ts';

/** `cloudwright layout FILE -o OUT`: the design with ELK positions and container sizes. */
export async function layoutCommand(file: string, out: string, io: Output): Promise<number> {
  const design = await readDesign(file);
  const laidOut = await layoutDesign(design);
  await writeOutput(out, `${JSON.stringify(laidOut, null, 2)}\n`);
  io.out(`${out}: ${laidOut.nodes.length} nodes laid out`);
  return EXIT.ok;
}
