// The README's settings table as markdown, from package.json's contributes.configuration.

function configurationSections(pkg) {
  const c = pkg.contributes?.configuration;
  return Array.isArray(c) ? c : c ? [c] : [];
}

/** Every contributed setting: [key, schema]. */
export function contributedSettings(pkg) {
  return configurationSections(pkg).flatMap((s) => Object.entries(s.properties ?? {}));
}

function cell(text) {
  return String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

export function settingsTable(pkg) {
  const rows = contributedSettings(pkg).map(([key, schema]) => {
    const description = schema.markdownDescription ?? schema.description ?? '';
    const def = schema.default === undefined ? '' : '`' + JSON.stringify(schema.default) + '`';
    return `| \`${key}\` | ${cell(description)} | ${cell(def)} |`;
  });
  if (rows.length === 0) return '';
  return ['| setting | what it does | default |', '|---|---|---|', ...rows, ''].join('\n');
}
