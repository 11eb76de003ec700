// The integration the e2e tests run: it logs its token on purpose, so the test can see that
// the output channel shows *** instead of the value.
export default {
  metadata: {
    name: 'e2e-echo',
    description: 'Echoes whether its token is set, and (on purpose) the token itself',
    requiredSecrets: ['E2E_TOKEN'],
  },

  async run(_context: unknown, secrets: Record<string, string> = {}) {
    console.log('token is', secrets.E2E_TOKEN);
    return { tokenLength: (secrets.E2E_TOKEN ?? '').length, echoed: secrets.E2E_TOKEN };
  },
};
