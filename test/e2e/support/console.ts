import { request, type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { signIn } from './api.js';
import { launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

export interface ConsoleSession {
  server: RunningServer;
  /**
   * Opens a console route (`#/schools/…`) in a fresh browser context, signed in through the API as the
   * session's account, as `as`, or not at all (`as: null`): no language choice, cookie or cache is shared
   * between tests, which may run in any order.
   */
  open(route?: string, options?: { as?: string | null }): Promise<Page>;
  /** Runs `act` as another account, through the API (someone else changing data meanwhile). */
  asSomeoneElse<T>(email: string, act: (api: APIRequestContext) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A fresh server with demo data and accounts, and a browser on its console signed in as `account` by default. */
export async function openConsole(account: string | null): Promise<ConsoleSession> {
  const server = await startServer();
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    server,
    async open(route = '', { as = account } = {}) {
      const context = await browser.newContext({
        baseURL: server.url,
        locale: 'fr-FR',
        timezoneId: 'Europe/Paris',
        viewport: { width: 1280, height: 900 },
        // axe-core is injected as an inline script, which the server's CSP rightly forbids.
        bypassCSP: true,
      });
      context.setDefaultTimeout(10_000);
      if (as) await signIn(context.request, as);
      const page = await context.newPage();
      await page.goto(`/${route}`);
      return page;
    },
    async asSomeoneElse(otherEmail, act) {
      const api = await request.newContext({ baseURL: server.url });
      try {
        await signIn(api, otherEmail);
        return await act(api);
      } finally {
        await api.dispose();
      }
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
