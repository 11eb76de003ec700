// CodeLenses on declarations and manifest entries: "used in N files", "no value here — Set value".
// Counts depend on other files, so the client is asked to refresh them when the index changes.
import { CodeLensRefreshRequest, type CodeLens } from 'vscode-languageserver/node';
import { declarationLenses } from '../analysis/features/codeLens';
import { guard } from './safety';
import type { Feature } from './feature';

/** Index changes come in bursts (a build, a branch switch): refresh at most this often. */
const REFRESH_DELAY_MS = 300;

export const codeLensFeature: Feature = (session, indexer) => {
  const { connection, log } = session;
  connection.onCodeLens(
    guard(log, 'CodeLens', [] as CodeLens[], (params): CodeLens[] => {
      const a = session.analysis(params.textDocument.uri);
      if (!a || a.skipped) return [];
      const store = session.store.snapshot(params.textDocument.uri);
      const declarations = session.index.fileReferences(params.textDocument.uri).filter((r) => r.kind === 'declaration');
      const client = { valuesKnown: store.valuesKnown, commands: session.support.commands };
      return declarationLenses(
        declarations,
        (n) => store.get(n),
        (n) => session.index.filesUsing(n),
        client,
      ).map((l) => ({
        range: l.range,
        command: { title: l.title, command: l.command?.command ?? '', arguments: l.command?.arguments },
      }));
    }),
  );
  let timer: NodeJS.Timeout | undefined;
  const refresh = () => {
    if (!session.support.codeLensRefresh) return;
    clearTimeout(timer);
    timer = setTimeout(() => void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined), REFRESH_DELAY_MS);
  };
  indexer.onIndexChanged(refresh);
  session.onRecheck(refresh);
  return { codeLensProvider: { resolveProvider: false } };
};
