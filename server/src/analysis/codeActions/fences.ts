// Quick fixes inside Markdown and MDX code fences. A fence is analysed as a document of its own
// language (see `markdown.ts`), so its fixes are computed there too: the provider gets the
// fence's document, the diagnostic and references at their place in it, and its edits come back
// at their place in the Markdown document. That is how "Add to requiredSecrets" finds the
// integration of a JS fence and "Ignore on this line" writes `//` in a JS fence and `#` in a
// YAML one. New lines a fix inserts in a fence inside a blockquote get the blockquote's `> `.
import type { QuickFixContext, QuickFixProvider } from './codeAction';
import { fenceAt, markdownParts, type Fence } from '../markdown';
import { shiftDiagnostic } from '../analyze';
import type { OffsetRange, QuickFix, TextEdit } from '../model/types';

/** The provider's fixes for the context's diagnostic, computed in the fence that holds it, if any. */
export function fixesOf(provider: QuickFixProvider, ctx: QuickFixContext): QuickFix[] {
  const fence = ctx.doc.kind === 'markdown' ? fenceOf(ctx) : undefined;
  if (!fence) return provider.provide(ctx);
  const { base } = fence;
  const inner: QuickFixContext = {
    ...ctx,
    doc: fence.doc,
    diagnostic: shiftDiagnostic(ctx.diagnostic, -base),
    references: ctx.references
      .filter((r) => r.fullRange.start >= base && r.fullRange.end <= fence.end)
      .map((r) => ({ ...r, range: shift(r.range, -base), fullRange: shift(r.fullRange, -base) })),
  };
  const mapEdit = (e: TextEdit): TextEdit => ({ range: shift(e.range, base), newText: withContainer(ctx.doc.text, fence, e) });
  return provider.provide(inner).map((fix) => ({
    ...fix,
    ...(fix.edits ? { edits: fix.edits.map(mapEdit) } : {}),
    ...(fix.command
      ? { command: { ...fix.command, arguments: fix.command.arguments?.map((a) => mapArgument(a, fence, ctx.doc.uri)) } }
      : {}),
  }));
}

function fenceOf(ctx: QuickFixContext): Fence | undefined {
  const { range } = ctx.diagnostic;
  const fence = fenceAt(markdownParts(ctx.doc), range.start);
  return fence && range.end <= fence.end ? fence : undefined;
}

const shift = (r: OffsetRange, by: number): OffsetRange => ({ start: r.start + by, end: r.end + by });

/**
 * A client command's arguments at their place in the Markdown document: the fence's URI is the
 * document's, and offsets (written as `{ start, end }` ranges, alone or in edits) are shifted.
 */
function mapArgument(arg: unknown, fence: Fence, uri: string): unknown {
  if (arg === fence.doc.uri) return uri;
  if (Array.isArray(arg)) return arg.map((a) => mapArgument(a, fence, uri));
  if (typeof arg !== 'object' || arg === null) return arg;
  const o = arg as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 2 && typeof o.start === 'number' && typeof o.end === 'number') return shift(o as unknown as OffsetRange, fence.base);
  return Object.fromEntries(keys.map((k) => [k, mapArgument(o[k], fence, uri)]));
}

/**
 * The edit's text with the container's marks on each line it starts: a fence in a blockquote
 * has `> ` before every line, which the fence's document holds as blanks.
 */
function withContainer(markdown: string, fence: Fence, edit: TextEdit): string {
  if (!edit.newText.includes('\n')) return edit.newText;
  const at = fence.base + edit.range.start;
  const lineStart = markdown.lastIndexOf('\n', at - 1) + 1;
  const raw = markdown.slice(lineStart, markdown.indexOf('\n', lineStart) < 0 ? markdown.length : markdown.indexOf('\n', lineStart));
  const virtual = fence.doc.text.slice(lineStart - fence.base, lineStart - fence.base + raw.length);
  // The marks are the characters of the raw line that the fence's document blanked.
  let n = 0;
  for (let i = 0; i < raw.length && i < virtual.length; i++) if (raw[i] !== virtual[i]) n = i + 1;
  const prefix = raw.slice(0, n);
  if (prefix.trim() === '') return edit.newText;
  const mark = (line: string) => (line.startsWith(' '.repeat(n)) ? prefix + line.slice(n) : line);
  const lines = edit.newText.split('\n');
  return lines.map((line, i) => (i === 0 ? (at === lineStart ? mark(line) : line) : mark(line))).join('\n');
}
