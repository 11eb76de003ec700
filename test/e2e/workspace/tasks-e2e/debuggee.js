// Started by the "debuggee with a secret" launch configuration: writes a hash of the secret it
// received (never the value) and the names of its DEBUG_E2E_ variables to the file in argv[2].
const { createHash } = require('node:crypto');
const { writeFileSync } = require('node:fs');
const v = process.env.DEBUG_E2E_TOKEN ?? '';
const names = Object.keys(process.env).filter((k) => k.startsWith('DEBUG_E2E_')).sort();
writeFileSync(process.argv[2], JSON.stringify({ sha256: createHash('sha256').update(v).digest('hex'), names }));
