/** `npm run release` (scripts/release.ts): arguments, the manifest version from package.json, what ships. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isShipped, manifestVersion, parseReleaseArgs, stampVersion } from '../../scripts/release';
import { deploymentGuide } from '../../scripts/release/guide';

const ROOT = path.resolve(__dirname, '../..');

test('the URL must be https, gets its trailing slash, and may not carry a query', () => {
  expect(parseReleaseArgs(['--url', 'https://example.gov.vn/kstt'])).toEqual({ url: 'https://example.gov.vn/kstt/', skipBuild: false });
  expect(parseReleaseArgs(['--url=https://example.gov.vn/kstt/', '--skip-build']).skipBuild).toBe(true);
  expect(() => parseReleaseArgs([])).toThrow(/Thiếu địa chỉ/);
  expect(() => parseReleaseArgs(['--url', 'http://example.gov.vn/kstt/'])).toThrow(/HTTPS/);
  expect(() => parseReleaseArgs(['--url', 'https://example.gov.vn/kstt/?a=1'])).toThrow(/«\?»/);
  expect(() => parseReleaseArgs(['--url', 'không phải url'])).toThrow(/không phải địa chỉ/);
});

test('the manifest version follows package.json (four parts), in the source manifest too', () => {
  expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
  expect(manifestVersion('1.2.3-beta.4')).toBe('1.2.3.0');
  expect(stampVersion('<OfficeApp><Version>0.0.1.0</Version></OfficeApp>', '2.5.0')).toBe(
    '<OfficeApp><Version>2.5.0.0</Version></OfficeApp>',
  );
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  expect(/<Version>([^<]+)<\/Version>/.exec(manifest)?.[1]).toBe(manifestVersion(pkg.version));
});

test('the preview (the fake Excel) and source maps do not ship', () => {
  expect(isShipped('taskpane.f3ff0ed4.js')).toBe(true);
  expect(isShipped('chunks/xlsx.4bc0b8da.js')).toBe(true);
  expect(isShipped('assets/icon-32.png')).toBe(true);
  expect(isShipped('preview.html')).toBe(false);
  expect(isShipped('preview.db4b357e.js')).toBe(false);
  expect(isShipped('taskpane.f3ff0ed4.js.map')).toBe(false);
  expect(isShipped('manifest.xml')).toBe(false); // stamped separately, next to web/
});

test('the guide names the URL, every way to deploy and how to update', () => {
  const guide = deploymentGuide('https://example.gov.vn/kstt/', '0.1.0');
  for (const part of ['https://example.gov.vn/kstt/', 'IIS', 'nginx', 'location /kstt/', 'Danh mục Phần bổ trợ Tin cậy', 'wef', 'Excel trên web', 'Trung tâm quản trị Microsoft 365', 'Cập nhật phiên bản mới', 'Tự kiểm tra'])
    expect(guide).toContain(part);
});
