// `secretref/integrations`: the runnable integrations the workspace index knows, for the
// client's runner (its CodeLens and "Run Integration" picker).
import { LIST_INTEGRATIONS, type ListIntegrationsResult } from './protocol';
import { guard } from './safety';
import type { Feature } from './feature';

export const integrationsFeature: Feature = (session, indexer) => {
  session.connection.onRequest(
    LIST_INTEGRATIONS,
    guard(session.log, LIST_INTEGRATIONS, { integrations: [] }, async (): Promise<ListIntegrationsResult> => {
      // A list taken mid-build would miss integrations: wait for the build (started if need be).
      // Not before start-up: the index needs the settings and the manifests, and asked too early
      // it would build with defaults and miss what the manifests say.
      await session.startedUp;
      await indexer.ensureStarted();
      session.syncOpenDocuments();
      const integrations = session.index.integrations().sort((a, b) => a.name.localeCompare(b.name) || a.uri.localeCompare(b.uri));
      return { integrations };
    }),
  );
  return {};
};
