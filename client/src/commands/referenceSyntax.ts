// How each dialect writes a reference to a secret, for Copy
// Reference and Insert Reference. Pure: no `vscode`.

export interface ReferenceSyntax {
  dialect: string;
  label: string;
  detail: string;
  format(name: string): string;
  /** Languages where this form is the natural one; listed first there. */
  languages: string[];
}

const CONFIG = ['json', 'jsonc', 'yaml', 'plaintext'];
const CODE = ['javascript', 'typescript', 'javascriptreact', 'typescriptreact'];

export const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = [
  { dialect: 'token', label: '$Token{NAME}', detail: 'Ductape-style configs (any file)', format: (n) => `$Token{${n}}`, languages: CONFIG },
  { dialect: 'template', label: '{{Secrets.NAME}}', detail: 'API definitions and templates', format: (n) => `{{Secrets.${n}}}`, languages: CONFIG },
  { dialect: 'required', label: 'secrets.NAME', detail: "an integration's run(context, secrets)", format: (n) => `secrets.${n}`, languages: CODE },
  { dialect: 'env', label: 'process.env.INTEGRATION_NAME', detail: 'integrations reading the environment', format: (n) => `process.env.INTEGRATION_${n}`, languages: CODE },
  { dialect: 'taskSecret', label: "secret_name: 'NAME'", detail: 'task steps', format: (n) => `secret_name: '${n}'`, languages: ['yaml'] },
  { dialect: 'event', label: "event.secrets('NAME')", detail: 'listeners', format: (n) => `event.secrets('${n}')`, languages: CODE },
];

export function syntaxFor(dialect: string): ReferenceSyntax | undefined {
  return REFERENCE_SYNTAXES.find((s) => s.dialect === dialect);
}

/** The syntaxes, those natural for `languageId` first, otherwise in the table's order. */
export function syntaxesForLanguage(languageId: string | undefined): ReferenceSyntax[] {
  if (!languageId) return [...REFERENCE_SYNTAXES];
  const fits = REFERENCE_SYNTAXES.filter((s) => s.languages.includes(languageId));
  return [...fits, ...REFERENCE_SYNTAXES.filter((s) => !fits.includes(s))];
}
