import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** Runs `fn` `runs` times after warm-up and returns the timings in ms, sorted. */
export function time(fn: () => void, runs = 20, warmup = 5): number[] {
  for (let i = 0; i < warmup; i += 1) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

export function stats(samples: number[]) {
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return {
    medianMs: round(q(0.5)),
    p95Ms: round(q(0.95)),
    minMs: round(samples[0]),
    runs: samples.length,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Writes one benchmark's figures to bench/results/<name>.json and prints them. */
export function report(name: string, figures: Record<string, unknown>): void {
  mkdirSync('bench/results', { recursive: true });
  const doc = {
    benchmark: name,
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      node: process.version,
    },
    ...figures,
  };
  writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`${name}: ${JSON.stringify(figures)}`);
}
