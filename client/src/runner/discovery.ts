// The integrations in the workspace, as the language server's index knows them
// (`secretref/integrations`). The runner never parses modules itself.
import { LIST_INTEGRATIONS, type IntegrationSummary, type ListIntegrationsResult } from '../../../server/src/lsp/protocol';

/** What the runner needs of the language client (vscode-languageclient's LanguageClient fits). */
export interface RequestSender {
  sendRequest<R>(method: string, param?: unknown): Promise<R>;
}

export interface IntegrationSource {
  list(): Promise<IntegrationSummary[]>;
  /** Forget a cached answer, if there is one: the next list() asks the server. */
  invalidate?(): void;
}

/** Asks the server; `client()` may return undefined while the server is not started. */
export function integrationsFromServer(client: () => RequestSender | undefined): IntegrationSource {
  return {
    async list() {
      const c = client();
      if (!c) throw new Error('The SecretRef language server is not running, so the integrations in this workspace are not known yet.');
      const r = await c.sendRequest<ListIntegrationsResult>(LIST_INTEGRATIONS, {});
      return r?.integrations ?? [];
    },
  };
}

/** Several CodeLens requests within a moment share one server round trip. */
export function cached(source: IntegrationSource, ttlMs = 1000): IntegrationSource & { invalidate(): void } {
  let last: { at: number; value: Promise<IntegrationSummary[]> } | undefined;
  return {
    list() {
      if (!last || Date.now() - last.at > ttlMs) {
        const value = source.list();
        last = { at: Date.now(), value };
        value.catch(() => (last = undefined));
      }
      return last.value;
    },
    invalidate() {
      last = undefined;
    },
  };
}
