// Semantic tokens for secret references, so a name stands out inside a string or comment.
// Standard token types only (`variable` + `readonly`), so every theme colours them.
export const SEMANTIC_LEGEND = {
  tokenTypes: ['variable'],
  tokenModifiers: ['readonly', 'declaration'],
} as const;

export interface TokenInput {
  line: number;
  character: number;
  length: number;
  declaration: boolean;
}

/** LSP's relative encoding: [deltaLine, deltaStart, length, type, modifiers] per token, sorted. */
export function encodeSemanticTokens(tokens: readonly TokenInput[]): number[] {
  const sorted = [...tokens].filter((t) => t.length > 0).sort((a, b) => a.line - b.line || a.character - b.character);
  const data: number[] = [];
  let prevLine = 0,
    prevChar = 0,
    prevEnd = -1;
  for (const t of sorted) {
    // Overlapping tokens are not allowed: keep the first.
    if (t.line === prevLine && t.character < prevEnd && data.length > 0) continue;
    const dl = t.line - prevLine;
    const dc = dl === 0 ? t.character - prevChar : t.character;
    const modifiers = 1 /* readonly */ | (t.declaration ? 2 : 0);
    data.push(dl, dc, t.length, 0, modifiers);
    prevLine = t.line;
    prevChar = t.character;
    prevEnd = t.character + t.length;
  }
  return data;
}
