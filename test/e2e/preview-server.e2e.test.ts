/** scripts/preview-server.mjs over real sockets: redirect, MIME types, refusal to leave dist/. */
import { request } from 'node:http';
import { scriptSources } from './browser';
import { previewServerForDescribe } from './pane';

/** GET with the path sent exactly as written (fetch would normalise «..» away before sending). */
function rawStatus(base: string, rawPath: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview server', () => {
  const server = previewServerForDescribe();

  test('listens on 127.0.0.1 and redirects / to /preview.html, keeping the query', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(`${server.url}?view=check`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/preview.html?view=check');
  });

  test.each([
    ['preview.html', 'text/html; charset=utf-8'],
    ['taskpane.html', 'text/html; charset=utf-8'],
    ['manifest.xml', 'application/xml; charset=utf-8'],
  ])('serves %s as %s', async (file, type) => {
    const response = await fetch(server.url + file);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  test('serves the scripts as JavaScript', async () => {
    const html = await (await fetch(server.url + 'preview.html')).text();
    const scripts = scriptSources(html);
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const src of scripts) {
      const response = await fetch(new URL(src, server.url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    }
  });

  test('404 for a missing file, nothing outside dist/, 405 for POST', async () => {
    expect((await fetch(server.url + 'nope.js')).status).toBe(404);
    // package.json sits just above dist/: a server that joined paths naively would serve it.
    for (const escape of [
      '/../package.json',
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/x/..%2f..%2fpackage.json',
    ]) {
      expect([403, 404]).toContain(await rawStatus(server.url, escape));
    }
    expect(await rawStatus(server.url, '/preview.html')).toBe(200);
    expect((await fetch(server.url + 'preview.html', { method: 'POST' })).status).toBe(405);
  });
});
