// Driven by openapi-ui-check.sh: BASE_URL, SHOTS (screenshot folder), NODE_PATH (puppeteer-core).
const puppeteer = require('puppeteer-core');

const base = process.env.BASE_URL;
const shots = process.env.SHOTS;
const email = process.env.UI_CHECK_EMAIL || 'demo@example.com';
const password = process.env.UI_CHECK_PASSWORD || 'demo-password-1';

function fail(message) {
  console.error('FAIL: ' + message);
  process.exitCode = 1;
  throw new Error(message);
}

async function token() {
  const answer = await fetch(base + '/api/login', {
    method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({email, password}),
  });
  if (answer.status !== 200) fail('POST /api/login answered ' + answer.status);
  return (await answer.json()).access_token;
}

(async () => {
  const bearer = await token();
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // As root, on a machine without outside network: no sandbox, no background traffic.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--window-size=1400,2400'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({width: 1400, height: 2400});
    const started = Date.now();
    await page.goto(base + '/openapi/ui/', {waitUntil: 'networkidle0', timeout: 60000});
    await page.waitForSelector('.opblock', {timeout: 30000});
    const operations = await page.$$eval('.opblock', blocks => blocks.map(b => {
      const method = b.querySelector('.opblock-summary-method');
      const path = b.querySelector('.opblock-summary-path');
      return (method ? method.textContent.trim() : '?') + ' ' + (path ? (path.getAttribute('data-path') || path.textContent).trim() : '?');
    }));
    console.log(`UI rendered ${operations.length} operations in ${Date.now() - started} ms`);
    for (const expected of ['POST /api/users', 'POST /api/login', 'GET /api/users/me', 'POST /api/orders']) {
      if (!operations.some(o => o.replace(/\u200b/g, '') === expected)) fail('operation missing from the UI: ' + expected);
    }
    await page.screenshot({path: shots + '/openapi-ui.png'});

    // Authorize with the bearer token (the "bearer" HTTP scheme of the document).
    await page.click('.auth-wrapper .authorize');
    await page.waitForSelector('.auth-container input', {timeout: 10000});
    const containers = await page.$$('.auth-container');
    let filled = false;
    for (const container of containers) {
      const title = await container.$eval('h4', h => h.textContent).catch(() => '');
      if (title.trim().startsWith('bearer')) {
        await (await container.$('input')).type(bearer);
        await (await container.$('button.authorize')).click();
        filled = true;
        break;
      }
    }
    if (!filled) fail('no "bearer" scheme in the Authorize dialog');
    await page.click('.dialog-ux .close-modal');

    // Try it out: GET /api/users/me.
    const block = await page.waitForSelector('#operations-Users-getCurrentUser', {timeout: 10000});
    await (await block.$('.opblock-summary')).click();
    await page.waitForSelector('#operations-Users-getCurrentUser .try-out__btn', {timeout: 10000});
    await page.click('#operations-Users-getCurrentUser .try-out__btn');
    await page.click('#operations-Users-getCurrentUser .execute');
    const status = await page.waitForSelector(
      '#operations-Users-getCurrentUser .live-responses-table .response .response-col_status', {timeout: 15000});
    const code = (await status.evaluate(e => e.textContent)).trim();
    const body = await page.$eval('#operations-Users-getCurrentUser .live-responses-table .response .microlight',
      e => e.textContent);
    await block.scrollIntoView();
    await page.screenshot({path: shots + '/openapi-ui-try-it-out.png'});
    console.log(`Try it out GET /api/users/me with the bearer token: ${code} ${body.replace(/\s+/g, ' ').trim()}`);
    if (code !== '200') fail('try it out answered ' + code);
    if (JSON.parse(body).email !== email) fail('the answer is not the logged-in user');
    console.log('Screenshots: ' + shots + '/openapi-ui.png, ' + shots + '/openapi-ui-try-it-out.png');
    console.log('OK');
  } finally {
    await browser.close();
  }
})().catch(e => {
  if (!process.exitCode) console.error('FAIL: ' + e.message);
  process.exitCode = 1;
});
