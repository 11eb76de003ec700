// ToolJump's documented integration, kept clean: it declares the one secret it reads and
// logs only whether the secret is set, never the secret itself.
// With `"dryRun": true` in the run context (examples/context.json) it makes no network call.
const logger = console;

module.exports = {
  metadata: {
    name: 'github-stats',
    description: 'Counts the public repositories of the authenticated GitHub user',
    requiredSecrets: ['GITHUB_TOKEN'],
  },

  run: async function (context, secrets = {}, dataFiles = []) {
    const token = secrets.GITHUB_TOKEN;
    logger.info('GitHub token present:', !!token);

    const request = {
      url: 'https://api.github.com/user',
      headers: { Authorization: `token ${token}`, 'User-Agent': 'secretref-demo' },
    };
    if (context.dryRun) {
      return { wouldCall: request.url, user: context.user, dataFiles: dataFiles.length };
    }

    const response = await fetch(request.url, { headers: request.headers });
    if (!response.ok) throw new Error(`GitHub answered ${response.status} for ${request.url}`);
    const user = await response.json();
    return { login: user.login, publicRepos: user.public_repos };
  },
};
