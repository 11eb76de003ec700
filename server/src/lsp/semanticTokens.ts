// Semantic tokens: secret references coloured as read-only variables, so they stand out
// inside strings and comments of JSON, YAML, JS and TS.
import type { SemanticTokens } from 'vscode-languageserver/node';
import { encodeSemanticTokens, SEMANTIC_LEGEND } from '../analysis/features/semanticTokens';
import { guard } from './safety';
import type { Feature } from './feature';

export const semanticTokensFeature: Feature = (session) => {
  session.connection.languages.semanticTokens.on(
    guard(session.log, 'semantic tokens', { data: [] }, (params): SemanticTokens => {
      const a = session.analysis(params.textDocument.uri);
      if (!a || a.skipped) return { data: [] };
      const tokens = session.index
        .fileReferences(params.textDocument.uri)
        .filter((r) => r.range.start.line === r.range.end.line)
        .map((r) => ({
          line: r.range.start.line,
          character: r.range.start.character,
          length: r.range.end.character - r.range.start.character,
          declaration: r.kind === 'declaration',
        }));
      return { data: encodeSemanticTokens(tokens) };
    }),
  );
  return {
    semanticTokensProvider: {
      legend: { tokenTypes: [...SEMANTIC_LEGEND.tokenTypes], tokenModifiers: [...SEMANTIC_LEGEND.tokenModifiers] },
      full: true,
    },
  };
};
