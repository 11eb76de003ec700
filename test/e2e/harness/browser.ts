// Launches the machine's Chromium (never a browser Playwright downloads) headless, with the
// flags that keep it quiet and offline-friendly on a CI container.
import { chromium, type Browser } from 'playwright-core';

export async function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
