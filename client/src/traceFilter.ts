// The language server trace (`secretref.trace.server`) without document text: didOpen,
// didChange and didSave carry a file's whole text, and a file may hold a hardcoded credential
// or a pasted value. The trace keeps every message, with each `text` replaced by its length.

/**
 * `"text": "…"` as JSON writes it, in both trace formats (indented text, one-line JSON). The
 * alternatives inside the string cannot overlap, so the match is linear in the trace's length.
 */
const TEXT_FIELD = /("text"\s*:\s*)"((?:[^"\\]|\\.)*)"/g;

/** A trace line with the text of every document in it replaced by `<N characters>`. */
export function withoutDocumentText(trace: string): string {
  return trace.replace(
    TEXT_FIELD,
    (_m, key: string, body: string) => `${key}"<${decodedLength(body)} characters of document text left out>"`,
  );
}

/** The length of a JSON string's value from its escaped body, without keeping the value. */
function decodedLength(body: string): number {
  try {
    return (JSON.parse(`"${body}"`) as string).length;
  } catch {
    return body.length;
  }
}

/** What the trace is written to: the few members of VS Code's LogOutputChannel it uses. */
export interface TraceSink {
  trace(message: string): void;
}

/** A channel whose trace messages pass through `withoutDocumentText`; everything else is the channel's own. */
export function filteredTraceChannel<C extends TraceSink>(channel: C): C {
  return new Proxy(channel, {
    get(target, prop) {
      if (prop === 'trace') return (message: string) => target.trace(withoutDocumentText(message));
      // Read on the channel itself, not the proxy: its getters and methods may rely on `this`.
      const v: unknown = Reflect.get(target, prop);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
