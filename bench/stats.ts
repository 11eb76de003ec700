// Small statistics and machine facts for the benchmark report.
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  // Nearest rank: p99 of 200 samples is the 198th value, never an interpolation below a real sample.
  const rank = Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length)));
  return s[rank - 1];
}

export const median = (xs: number[]): number => percentile(xs, 50);

export interface Machine {
  date: string;
  cpu: string;
  nproc: number;
  memoryGb: number;
  node: string;
  os: string;
  load: string;
}

export function machine(): Machine {
  let nproc = os.cpus().length;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc;
  } catch {
    // nproc missing: os.cpus() is close enough
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    nproc,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    load: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
  };
}

export const fmtMs = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)) + ' ms';
