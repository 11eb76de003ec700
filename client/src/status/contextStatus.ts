// The status bar item "$(key) env · app": the environment and app references are checked in,
// read from the settings secretref.environment / secretref.app. A click changes either.
import * as vscode from 'vscode';

export function statusText(environment: string | undefined, app: string | undefined): string {
  return `$(key) ${environment || 'no environment'} · ${app || 'all apps'}`;
}

export function registerContextStatus(): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('secretref.context', vscode.StatusBarAlignment.Left, 10);
  item.name = 'SecretRef Environment and App';
  item.command = 'secretref.selectContext';
  const update = () => {
    const cfg = vscode.workspace.getConfiguration('secretref');
    const env = cfg.get<string>('environment') || undefined;
    const app = cfg.get<string>('app') || undefined;
    item.text = statusText(env, app);
    item.tooltip = `SecretRef checks references in ${env ? `environment ${env}` : 'no environment'} and for ${app ? `app ${app}` : 'all apps'} when the code around them does not say. Click to change.`;
    item.show();
  };
  update();
  return [
    item,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('secretref.environment') || e.affectsConfiguration('secretref.app')) update();
    }),
  ];
}
