import ELK from 'elkjs/lib/elk.bundled.js';
import type { DesignDocument } from '../model/types.ts';
import { applyElkLayout, toElkGraph, type ElkNode } from './elk-graph.ts';

/**
 * Lays a design out with ELK in this thread. For Node (CLI, tests); the page runs ELK in a Web
 * Worker instead, so the bundled engine never loads on its main thread.
 */
export async function layoutDesign(design: DesignDocument): Promise<DesignDocument> {
  const elk = new ELK();
  const result = (await elk.layout(toElkGraph(design) as never)) as unknown as ElkNode;
  return applyElkLayout(design, result);
}
