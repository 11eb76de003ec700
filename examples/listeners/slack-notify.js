// A Flatfile-style listener: the Slack token is fetched with
// event.secrets when the job runs, so the listener's code never holds it.
module.exports = function slackNotify(listener) {
  listener.on('job:ready', { job: 'workbook:notify' }, async (event) => {
    const { jobId, spaceId, environmentId } = event.context;
    const slackToken = await event.secrets('SLACK_TOKEN');
    // The options read the secret of another environment or space than the event's own.
    const webhookUrl = await event.secrets('SLACK_WEBHOOK_URL', { environmentId, spaceId });

    await fetch(webhookUrl, {
      method: 'POST',
      headers: { Authorization: `Bearer ${slackToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: `Job ${jobId} is ready` }),
    });
  });
};
