// A progress line on stderr for long runs on a terminal: silent for runs that end
// quickly, never written into pipes or CI logs, erased before the report is printed.
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const NONE: Progress = { update() {}, stop() {} };

export function progressLine(stream: NodeJS.WriteStream, options: { delayMs?: number; intervalMs?: number } = {}): Progress {
  if (!stream.isTTY) return NONE;
  const started = Date.now();
  const delay = options.delayMs ?? 700;
  const interval = options.intervalMs ?? 100;
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - started < delay || now - last < interval) return;
      last = now;
      shown = true;
      const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
      stream.write(`\r\x1b[Ksecretref: checking files ${done}/${total} (${pct}%)`);
    },
    stop() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
