// The Secrets view: secrets grouped by level (Workspace, User), each with its description, scope,
// environments and a badge. Items carry names and metadata only; a value is never read here.
import * as vscode from 'vscode';
import type { SecretInfo } from '../../../server/src/analysis/model/types';
import { readProjectLabels } from '../commands/project';
import type { SecretStore } from '../store/secretStore';
import type { StoreLevel, StoredSecret } from '../store/types';
import { presentDeclaredSecret, presentSecret } from './secretPresentation';
import { countReferences, type SendRequest } from './usage';

export class LevelNode extends vscode.TreeItem {
  constructor(
    readonly level: StoreLevel,
    count: number,
  ) {
    super(level === 'workspace' ? 'Workspace' : 'User', vscode.TreeItemCollapsibleState.Expanded);
    this.id = `level:${level}`;
    this.description = `${count} secret${count === 1 ? '' : 's'}`;
    this.tooltip =
      level === 'workspace'
        ? 'Secrets of this workspace only. They override a user secret of the same name.'
        : 'Your secrets for every workspace.';
    this.contextValue = `secretref.level.${level}`;
    this.iconPath = new vscode.ThemeIcon(level === 'workspace' ? 'folder' : 'account');
  }
}

export class SecretNode extends vscode.TreeItem {
  constructor(
    readonly secret: StoredSecret,
    options: { expiringSoonDays: number; referenceCount?: number },
  ) {
    super(secret.name, vscode.TreeItemCollapsibleState.None);
    const p = presentSecret(secret, { now: new Date(), ...options });
    this.id = `secret:${secret.level}:${secret.name}`;
    this.description = p.description;
    this.tooltip = p.tooltip;
    this.iconPath = new vscode.ThemeIcon(p.icon, p.color ? new vscode.ThemeColor(p.color) : undefined);
    // Menus key off these words (package.json view/item/context `when` clauses).
    this.contextValue = ['secretref.secret', secret.level, p.badge, secret.hasValue ? 'hasValue' : 'noValue'].join('.');
  }
}

/** The group of secrets secretref.json declares that have no entry in the store yet. */
export class DeclaredGroupNode extends vscode.TreeItem {
  constructor(count: number) {
    super('Declared in secretref.json', vscode.TreeItemCollapsibleState.Expanded);
    this.id = 'declared';
    this.description = `${count} without a value`;
    this.tooltip = 'Secrets the project declares in secretref.json that you have no value for yet. Set Value stores one.';
    this.contextValue = 'secretref.declaredGroup';
    this.iconPath = new vscode.ThemeIcon('json');
  }
}

export class DeclaredNode extends vscode.TreeItem {
  constructor(readonly declared: SecretInfo) {
    super(declared.name, vscode.TreeItemCollapsibleState.None);
    const p = presentDeclaredSecret(declared);
    this.id = `declared:${declared.name}`;
    this.description = p.description;
    this.tooltip = p.tooltip;
    this.iconPath = new vscode.ThemeIcon(p.icon, p.color ? new vscode.ThemeColor(p.color) : undefined);
    // package.json's menus offer Set Value on it.
    this.contextValue = 'secretref.declared.noValue';
  }
}

type Node = LevelNode | SecretNode | DeclaredGroupNode | DeclaredNode;

export class SecretsTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: Array<{ dispose(): void }> = [];
  /** Uses per stored name, from the language server; undefined until it has answered. */
  private counts: Map<string, number> | undefined;
  private send: SendRequest | undefined;
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the workspace's secretref.json files declare, by name. */
  private declared = new Map<string, SecretInfo>();
  readonly ready: Promise<void>;

  constructor(private readonly store: SecretStore) {
    const manifests = vscode.workspace.createFileSystemWatcher('**/secretref.json');
    const reread = () => void this.readManifests();
    this.ready = this.readManifests();
    this.subscriptions.push(
      manifests,
      manifests.onDidCreate(reread),
      manifests.onDidChange(reread),
      manifests.onDidDelete(reread),
      store.onDidChange(() => {
        this.refresh();
        this.scheduleCount();
      }),
      // References change when files change; saved files and created/deleted files cover it.
      vscode.workspace.onDidSaveTextDocument(() => this.scheduleCount()),
      vscode.workspace.onDidCreateFiles(() => this.scheduleCount()),
      vscode.workspace.onDidDeleteFiles(() => this.scheduleCount()),
    );
  }

  /** Enables the "unused" badge: `send` reaches the language server (its workspace index). */
  useLanguageServer(send: SendRequest): void {
    this.send = send;
    this.scheduleCount(2000);
  }

  private scheduleCount(delay = 1500): void {
    if (!this.send) return;
    if (this.countTimer) clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => void this.count(), delay);
  }

  private async count(): Promise<void> {
    this.countTimer = undefined;
    if (!this.send) return;
    try {
      this.counts = await countReferences(this.send, [...new Set(this.store.list().map((s) => s.name))]);
      this.refresh();
    } catch {
      // The server is starting or restarting: try again shortly, and show no badge meanwhile.
      this.scheduleCount(5000);
    }
  }

  private async readManifests(): Promise<void> {
    this.declared = (await readProjectLabels()).declared;
    this.refresh();
  }

  /** Declared in secretref.json, with no entry in the store at any level. */
  declaredWithoutEntry(): SecretInfo[] {
    return [...this.declared.values()].filter((d) => !this.store.find(d.name)).sort((a, b) => a.name.localeCompare(b.name));
  }

  referenceCount(name: string): number | undefined {
    return this.counts?.get(name);
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return node;
  }

  getChildren(node?: Node): Node[] {
    const all = this.store.list();
    const expiringSoonDays = vscode.workspace.getConfiguration('secretref').get<number>('expiringSoonDays', 14);
    const declared = this.declaredWithoutEntry();
    if (!node) {
      if (all.length === 0 && declared.length === 0) return []; // the viewsWelcome content (Create Secret) shows instead
      const levels: StoreLevel[] = vscode.workspace.workspaceFolders?.length ? ['workspace', 'user'] : ['user'];
      const groups: Node[] = levels.map((l) => new LevelNode(l, all.filter((s) => s.level === l).length));
      return declared.length ? [...groups, new DeclaredGroupNode(declared.length)] : groups;
    }
    if (node instanceof DeclaredGroupNode) return declared.map((d) => new DeclaredNode(d));
    if (node instanceof LevelNode) {
      return all
        .filter((s) => s.level === node.level)
        .map((s) => new SecretNode(s, { expiringSoonDays, referenceCount: this.counts?.get(s.name) }));
    }
    return [];
  }

  dispose(): void {
    if (this.countTimer) clearTimeout(this.countTimer);
    this.subscriptions.forEach((d) => d.dispose());
    this.changed.dispose();
  }
}

export function registerSecretsView(store: SecretStore): { provider: SecretsTreeProvider; disposables: vscode.Disposable[] } {
  const provider = new SecretsTreeProvider(store);
  const view = vscode.window.createTreeView('secretref.secretsView', { treeDataProvider: provider, showCollapseAll: false });
  const updateBadge = () => {
    const count =
      provider.declaredWithoutEntry().length +
      store.effective().filter((s) => {
        const b = presentSecret(s, {
          now: new Date(),
          expiringSoonDays: vscode.workspace.getConfiguration('secretref').get<number>('expiringSoonDays', 14),
        }).badge;
        return b === 'expired' || b === 'no-value';
      }).length;
    view.badge = count ? { value: count, tooltip: `${count} secret${count === 1 ? '' : 's'} expired or without a value` } : undefined;
  };
  updateBadge();
  const sub = store.onDidChange(updateBadge);
  const subTree = provider.onDidChangeTreeData(updateBadge);
  const disposables = [
    provider,
    view,
    sub,
    subTree,
    vscode.commands.registerCommand('secretref.refreshSecrets', async () => {
      await store.reload();
      provider.refresh();
    }),
  ];
  return { provider, disposables };
}
