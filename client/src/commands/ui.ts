// The inputs the commands share: which secret, which level, validated input boxes, multi-picks of
// apps or environments, and how errors reach the user. Values are only ever typed in password boxes.
import * as vscode from 'vscode';
import { SecretStoreError } from '../store/errors';
import type { SecretStore } from '../store/secretStore';
import type { StoreLevel, StoredSecret } from '../store/types';
import { checkLabel, parseLabelList } from '../store/validation';

/** Thrown when the user dismisses an input: the command ends quietly. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export function required<T>(v: T | undefined): T {
  if (v === undefined) throw new Cancelled();
  return v;
}

/** What a command receives: nothing (palette), a name (quick fixes), a tree item, or an argument object (API, tests). */
export type CommandTarget = undefined | string | { secret: StoredSecret } | { name?: string; level?: StoreLevel };

export function isArgsObject(arg: unknown): arg is Record<string, unknown> {
  return typeof arg === 'object' && arg !== null && !('secret' in arg);
}

export function targetOf(arg: unknown): { name?: string; level?: StoreLevel } {
  if (typeof arg === 'string') return { name: arg };
  if (typeof arg === 'object' && arg !== null) {
    if ('secret' in arg) {
      const s = (arg as { secret: StoredSecret }).secret;
      return { name: s.name, level: s.level };
    }
    const o = arg as { name?: unknown; level?: unknown };
    return {
      name: typeof o.name === 'string' ? o.name : undefined,
      level: o.level === 'user' || o.level === 'workspace' ? o.level : undefined,
    };
  }
  return {};
}

const LEVEL_LABEL: Record<StoreLevel, string> = { workspace: 'Workspace', user: 'User' };

/** The secret a command acts on: from its argument, else a quick pick of every stored secret. */
export async function resolveSecret(store: SecretStore, arg: unknown, placeHolder: string): Promise<StoredSecret> {
  const t = targetOf(arg);
  if (t.name) return store.get(t.name, t.level);
  const all = store.list();
  if (all.length === 0) {
    throw new SecretStoreError('not_found', 'There are no secrets yet. Create one with "Secrets: Create Secret".');
  }
  const pick = await vscode.window.showQuickPick(
    all.map((s) => ({
      label: s.name,
      description: `${LEVEL_LABEL[s.level]}${s.overridden ? ' (overridden by the workspace secret)' : ''}${s.hasValue ? '' : ' · no value'}`,
      detail: s.description,
      secret: s,
    })),
    { placeHolder, matchOnDescription: true, matchOnDetail: true },
  );
  return required(pick).secret;
}

export function defaultLevel(): StoreLevel {
  return vscode.workspace.workspaceFolders?.length ? 'workspace' : 'user';
}

export async function pickLevel(): Promise<StoreLevel> {
  if (!vscode.workspace.workspaceFolders?.length) return 'user';
  const pick = await vscode.window.showQuickPick(
    [
      { label: 'Workspace', description: 'this workspace only; overrides a user secret of the same name', level: 'workspace' as const },
      { label: 'User', description: 'every workspace you open', level: 'user' as const },
    ],
    { placeHolder: 'Where should the secret live?' },
  );
  return required(pick).level;
}

export async function inputText(options: vscode.InputBoxOptions): Promise<string> {
  return required(await vscode.window.showInputBox({ ignoreFocusOut: true, ...options }));
}

/**
 * An input that must not be empty. An empty box shows no error (nobody has typed yet, and an
 * error there would also block Enter until the editor re-validates); accepting it empty cancels.
 */
export async function inputRequired(
  options: vscode.InputBoxOptions & { validateInput?: (v: string) => string | undefined },
): Promise<string> {
  const check = options.validateInput?.bind(options);
  const v = await inputText({ ...options, validateInput: (t) => (t.trim() === '' || !check ? undefined : check(t)) });
  if (v.trim() === '') throw new Cancelled();
  return v;
}

/** A value: always a password box, never pre-filled, never echoed anywhere. */
export async function inputValue(name: string, env: string | undefined, allowEmpty: boolean): Promise<string> {
  return (allowEmpty ? inputText : inputRequired)({
    title: `Value of ${name}${env ? ` in ${env}` : ''}`,
    prompt: allowEmpty
      ? "Type or paste the value (leave empty to set it later). It is stored in VS Code's SecretStorage and not shown again."
      : "Type or paste the value. It is stored in VS Code's SecretStorage and not shown again.",
    password: true,
  });
}

const OTHER = '$(edit) Other…';

/** A multi-pick of apps or environments; nothing picked means "all". "Other…" asks for more names. */
export async function pickLabels(
  kind: 'environment' | 'app',
  known: string[],
  current: string[] | undefined,
  title: string,
): Promise<string[]> {
  const options = [...new Set([...known, ...(current ?? [])])];
  const items: vscode.QuickPickItem[] = options.map((o) => ({ label: o, picked: current?.includes(o) ?? false }));
  items.push({ label: OTHER, description: `type ${kind === 'app' ? 'app' : 'environment'} names` });
  const picked = required(
    await vscode.window.showQuickPick(items, {
      canPickMany: true,
      title,
      placeHolder: `Pick the ${kind === 'app' ? 'apps' : 'environments'}; pick none for all`,
    }),
  );
  const chosen = picked.filter((p) => p.label !== OTHER).map((p) => p.label);
  if (picked.some((p) => p.label === OTHER)) {
    const more = await inputText({
      title,
      prompt: `More ${kind === 'app' ? 'app' : 'environment'} names, separated by commas`,
      validateInput: (t) => parseLabelList(kind, t).error,
    });
    chosen.push(...parseLabelList(kind, more).values);
  }
  return [...new Set(chosen)];
}

/** One app or environment, e.g. for Select Environment. `null` = none. */
export async function pickOneLabel(kind: 'environment' | 'app', known: string[], current: string | undefined): Promise<string | null> {
  const items: Array<vscode.QuickPickItem & { value?: string | null }> = known.map((k) => ({
    label: k,
    description: k === current ? 'current' : undefined,
    value: k,
  }));
  items.push({ label: OTHER, description: `type an ${kind === 'app' ? 'app' : 'environment'} name` });
  items.push({
    label: '$(circle-slash) None',
    description: kind === 'app' ? 'all apps: references are checked for any app' : 'no environment',
    value: null,
  });
  const pick = required(await vscode.window.showQuickPick(items, { placeHolder: `Select the ${kind} references are checked in` }));
  if (pick.value !== undefined) return pick.value;
  return inputRequired({ prompt: `${kind === 'app' ? 'App' : 'Environment'} name`, validateInput: (v) => checkLabel(kind, v.trim()) }).then(
    (v) => v.trim(),
  );
}

/**
 * Runs a command body. From the palette, the view or a quick fix, errors are shown in plain words.
 * With an argument object (the programmatic form, used by tests and other extensions) they are
 * rethrown so the caller can read `code`; either way the message never contains a value.
 */
export function command<A extends unknown[], R>(log: vscode.LogOutputChannel, id: string, body: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R | undefined> => {
    const programmatic = isArgsObject(args[0]);
    try {
      return await body(...args);
    } catch (e) {
      if (e instanceof Cancelled) return undefined;
      if (programmatic) throw e;
      if (e instanceof SecretStoreError) {
        log.info(`${id}: ${e.code}: ${e.message}`);
        void vscode.window.showErrorMessage(e.message);
      } else {
        const msg = e instanceof Error ? e.message : String(e);
        log.error(`${id} failed: ${msg}`);
        void vscode.window.showErrorMessage(`SecretRef: ${msg}`);
      }
      return undefined;
    }
  };
}
