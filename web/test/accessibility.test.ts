import type { Page } from 'playwright-core';
import { startDashboard, type Dashboard } from './dashboard-harness.js';
import { ownerWithOrganization, signInAs, switchOrganization } from './browser-steps.js';

/**
 * Every page an OWNER can open, on a phone-sized screen: it loads without an error, nothing widens
 * the page sideways, every control has an accessible name, and the keyboard reaches the content.
 */
const ORG_PAGES = ['/', '/members', '/invitations', '/billing', '/billing/pricing', '/programs', '/payouts', '/settings', '/settings/domains', '/settings/sso', '/settings/credentials', '/settings/webhooks', '/settings/organization', '/audit', '/privacy', '/purchase', '/purchases'];
const PERSONAL_PAGES = ['/', '/organizations/new', '/purchase', '/purchases', '/payouts', '/privacy'];

let dashboard: Dashboard;
let page: Page;
beforeAll(async () => {
  dashboard = await startDashboard();
  const owner = await ownerWithOrganization(dashboard, 'Phone Co');
  const context = await dashboard.newContext({ width: 390, height: 844 });
  page = await context.newPage();
  await signInAs(page, owner.email);
}, 120_000);
afterAll(() => dashboard?.stop());

/** What a screen reader would call each control that has no name. */
async function unlabelledControls(): Promise<string[]> {
  return page.evaluate(() => {
    const nameless: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea, button, a[href]'))) {
      if (element.closest('[hidden]') || element.getClientRects().length === 0) continue;
      const labelled = (element as HTMLInputElement).labels?.length || element.getAttribute('aria-label') || element.getAttribute('aria-labelledby') || (['BUTTON', 'A'].includes(element.tagName) && element.textContent?.trim());
      if (!labelled) nameless.push(element.outerHTML.slice(0, 120));
    }
    return nameless;
  });
}

async function checkPage(path: string, name: string) {
  await page.goto(path);
  await page.getByRole('main').waitFor();
  // loaded: no spinner left (a live feed may keep reconnecting; that is not a page load)
  await page.waitForFunction(() => !document.querySelector('main .loading'), undefined, { timeout: 15_000 });
  await dashboard.screenshot(page, `phone-${name}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect({ path, overflow: overflow > 1 ? overflow : 0 }).toEqual({ path, overflow: 0 });
  expect({ path, unlabelled: await unlabelledControls() }).toEqual({ path, unlabelled: [] });
  expect({ path, errors: await page.locator('main .notice.error').allTextContents() }).toEqual({ path, errors: [] });
}

test('org pages on a phone: no sideways scrolling, every control named, no errors', async () => {
  await switchOrganization(page, 'Phone Co');
  for (const path of ORG_PAGES) await checkPage(path, `org${path.replace(/\//g, '-') || '-home'}`);
});

test('personal pages on a phone', async () => {
  await switchOrganization(page, null);
  for (const path of PERSONAL_PAGES) await checkPage(path, `personal${path.replace(/\//g, '-')}`);
});

test('the keyboard reaches the content first through the skip link', async () => {
  await page.goto('/');
  await page.getByRole('main').waitFor();
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
  await page.keyboard.press('Enter');
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
});
