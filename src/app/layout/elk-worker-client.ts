import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { applyElkLayout, toElkGraph, type ElkNode } from '../../core/layout/elk-graph.ts';
import type { DesignDocument } from '../../core/model/types.ts';

export interface LayoutJob {
  id: number;
  promise: Promise<DesignDocument>;
  cancel: () => void;
}

let nextId = 0;

/**
 * Runs ELK in a Web Worker (the engine never loads on the main thread). Each job gets its own
 * worker so that cancel can terminate it at once; a timeout ends runaway layouts.
 */
export function layoutInWorker(design: DesignDocument, timeoutMs = 30_000): LayoutJob {
  nextId += 1;
  const id = nextId;
  const elk = new ELK({ workerUrl: elkWorkerUrl });
  let settle: ((reason: Error) => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    settle = reject;
  });
  const timer = setTimeout(() => {
    elk.terminateWorker();
    settle?.(new Error(`Layout took longer than ${timeoutMs / 1000} s and was stopped.`));
  }, timeoutMs);
  const run = (elk.layout(toElkGraph(design) as never) as Promise<unknown>).then((result) =>
    applyElkLayout(design, result as ElkNode),
  );
  const promise = Promise.race([run, stopped]).finally(() => {
    clearTimeout(timer);
    elk.terminateWorker();
  });
  return {
    id,
    promise,
    cancel: () => {
      elk.terminateWorker();
      settle?.(new DOMException('Layout cancelled', 'AbortError'));
    },
  };
}
