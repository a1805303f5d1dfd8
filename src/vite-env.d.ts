/// <reference types="vite/client" />

declare module 'virtual:catalog-icons' {
  const icons: Record<string, string>;
  export default icons;
}

declare module 'elkjs/lib/elk-api.js' {
  export default class ELK {
    constructor(options?: { workerUrl?: string });
    layout(graph: unknown): Promise<unknown>;
    terminateWorker(): void;
  }
}
