/* The offline manifest lint (src/manifest) against the real manifest.xml and deliberately broken variants,
 * plus the validate-manifest CLI's exit codes. None of this needs a build. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { PNG } from 'pngjs';
import { hasErrors, isDeployedManifest, lintManifest, type LintOptions, type ManifestProblem } from '../../src/manifest';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/manifests');
const REAL = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const DEV_URL = 'https://localhost:3000/';
const DEPLOYED_URL = 'https://kstt.example.gov.vn/kstt/';

const dev: LintOptions = { production: false };
const production: LintOptions = { production: true };
const repoAssets = (relative: string) => existsSync(path.join(ROOT, relative));

const errors = (problems: ManifestProblem[]) => problems.filter((p) => p.severity === 'error');
const warnings = (problems: ManifestProblem[]) => problems.filter((p) => p.severity === 'warning');
const messages = (problems: ManifestProblem[]) => problems.map((p) => `${p.message} [${p.path ?? ''}]`).join('\n');

/** The real manifest with one textual change; fails loudly if the text to change is not there (no silent no-op). */
function variant(from: string | RegExp, to: string, xml = REAL): string {
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`variant: ${String(from)} not found in manifest`);
  return changed;
}

/** What webpack's CopyWebpackPlugin transform does for `--env url=…`. */
const deployed = (xml = REAL) => xml.split(DEV_URL).join(DEPLOYED_URL);

describe('manifest.xml (the real one)', () => {
  test('has no errors and no warnings in development mode, icons included', () => {
    const problems = lintManifest(REAL, { ...dev, fileExists: repoAssets });
    expect(messages(problems)).toBe('');
  });

  test('once webpack rewrites the base URL it passes the production checks', () => {
    const built = deployed();
    expect(isDeployedManifest(built)).toBe(true);
    expect(messages(lintManifest(built, production))).toBe('');
  });

  test('is not production-ready while it points at localhost', () => {
    expect(isDeployedManifest(REAL)).toBe(false);
    const problems = errors(lintManifest(REAL, production));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.message.includes('localhost'))).toBe(true);
    expect(problems.some((p) => p.path === 'OfficeApp/DefaultSettings/SourceLocation')).toBe(true);
  });

  test('declares the project contract: vi-VN, Excel, ExcelApi 1.8, ReadWriteDocument, en-US overrides', () => {
    expect(REAL).toContain('<DefaultLocale>vi-VN</DefaultLocale>');
    expect(REAL).toContain('<Host Name="Workbook"/>');
    expect(REAL).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
    expect(REAL).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(REAL).toContain('<Override Locale="en-US" Value="KSTT Report"/>');
    // Every localizable string has an English override.
    const strings = REAL.match(/<bt:String id="[^"]+" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US"/g) ?? [];
    expect(strings.length).toBe((REAL.match(/<bt:String /g) ?? []).length);
  });

  test('has five ShowTaskpane buttons on one pane, each opening its own view', () => {
    expect(REAL.match(/<TaskpaneId>Kstt\.Pane<\/TaskpaneId>/g)).toHaveLength(5);
    for (const view of ['insert', 'check', 'narrate', 'consolidate', 'selftest']) {
      expect(REAL).toContain(`DefaultValue="https://localhost:3000/taskpane.html?view=${view}"`);
    }
  });

  test('every referenced image exists in assets/ with the pixel size the manifest claims', () => {
    const images = [...REAL.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)];
    expect(images.length).toBe(18);
    for (const [, size, resid] of images) {
      const url = new RegExp(`<bt:Image id="${resid.replace(/\./g, '\\.')}" DefaultValue="${DEV_URL}([^"]+)"`).exec(REAL);
      expect(url).not.toBeNull();
      const png = PNG.sync.read(readFileSync(path.join(ROOT, url![1])));
      expect([png.width, png.height]).toEqual([Number(size), Number(size)]);
    }
    for (const [name, size] of [['icon-32', 32], ['icon-64', 64], ['icon-128', 128]] as const) {
      const png = PNG.sync.read(readFileSync(path.join(ROOT, 'assets', `${name}.png`)));
      expect(png.width).toBe(size);
    }
  });
});

describe('broken manifests are rejected with the expected problem', () => {
  const expectError = (xml: string, pattern: RegExp, options: LintOptions = dev) => {
    const problems = lintManifest(xml, options);
    expect(hasErrors(problems)).toBe(true);
    expect(messages(errors(problems))).toMatch(pattern);
    return problems;
  };

  test('malformed XML, with its line number', () => {
    const problems = expectError(variant('</Permissions>', '</Permission>'), /XML không hợp lệ ở dòng \d+/);
    expect(problems).toHaveLength(1);
    const fixture = lintManifest(readFileSync(path.join(FIXTURES, 'malformed.xml'), 'utf8'), dev);
    expect(fixture[0].message).toMatch(/dòng 24/);
  });

  test('Id that is not a GUID', () => {
    expectError(variant(/<Id>[^<]+<\/Id>/, '<Id>bao-cao-kstt</Id>'), /<Id> phải là một GUID.*bao-cao-kstt/);
  });

  test('missing DefaultLocale', () => {
    expectError(variant('<DefaultLocale>vi-VN</DefaultLocale>', ''), /Thiếu phần tử bắt buộc <DefaultLocale>/);
  });

  test('missing SourceLocation', () => {
    expectError(
      variant('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', ''),
      /Thiếu <SourceLocation> trong <DefaultSettings>/,
    );
  });

  test('each required top-level element is enforced', () => {
    for (const name of ['Id', 'Version', 'ProviderName', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'Hosts', 'Permissions']) {
      // The first occurrence is the top-level one; self-closing or with children (Overrides).
      const without = variant(new RegExp(`\\n\\s*<${name}(?=[\\s>/])(?:[^>]*/>|[^>]*>[\\s\\S]*?</${name}>)`), '');
      expect(messages(errors(lintManifest(without, dev)))).toContain(`Thiếu phần tử bắt buộc <${name}>`);
    }
  });

  test('http:// source URL in production', () => {
    const http = deployed().split('https://kstt.example.gov.vn/').join('http://kstt.example.gov.vn/');
    const problems = expectError(http, /phải dùng https:\/\//, production);
    expect(problems.some((p) => p.path === 'OfficeApp/DefaultSettings/SourceLocation')).toBe(true);
  });

  test('localhost is fine in development but an error in production', () => {
    expect(hasErrors(lintManifest(REAL, dev))).toBe(false);
    expectError(REAL, /localhost/, production);
  });

  test('undefined resid', () => {
    expectError(
      variant('<Description resid="Kstt.Check.Tip"/>', '<Description resid="Kstt.Check.Tooltip"/>'),
      /resid "Kstt\.Check\.Tooltip" của <Description> chưa được khai báo trong <Resources>/,
    );
  });

  test('resid pointing at the wrong kind of resource', () => {
    expectError(
      variant('<Label resid="Kstt.Check.Label"/>', '<Label resid="Kstt.Check.Tip"/>'),
      /<Label> cần tài nguyên trong <bt:ShortStrings>, nhưng "Kstt\.Check\.Tip" nằm trong <bt:LongStrings>/,
    );
  });

  test('over-long resource id (33 characters), while 32 is accepted', () => {
    const rename = (id: string) => REAL.split('"Kstt.Consolidate.Icon.80"').join(`"${id}"`);
    const id32 = 'Kstt.Consolidate.Icon.80.xxxxxxx';
    const id33 = id32 + 'y';
    expect(id32).toHaveLength(32);
    expect(hasErrors(lintManifest(rename(id32), dev))).toBe(false);
    const problems = expectError(rename(id33), /Mã tài nguyên "Kstt\.Consolidate\.Icon\.80\.xxxxxxxy" dài 33 ký tự, vượt giới hạn 32/);
    expect(messages(problems)).not.toMatch(/chưa được khai báo/);
  });

  test('over-long label (126 characters), while 125 is accepted', () => {
    const label = (text: string) => variant('DefaultValue="Tổng hợp"', `DefaultValue="${text}"`);
    expect(hasErrors(lintManifest(label('T'.repeat(125)), dev))).toBe(false);
    expectError(label('T'.repeat(126)), /Chuỗi "Kstt\.Consolidate\.Label" dài 126 ký tự, vượt giới hạn 125/);
  });

  test('over-long supertip in the English override (251 characters)', () => {
    const long = variant(
      'Value="Consolidate the figures from the subordinate units\' workbooks into the aggregate form."',
      `Value="${'x'.repeat(251)}"`,
    );
    expectError(long, /Chuỗi "Kstt\.Consolidate\.Tip" dài 251 ký tự, vượt giới hạn 250/);
  });

  test('wrong top-level element order', () => {
    const swapped = variant(
      /(\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>)(\s*<Permissions>ReadWriteDocument<\/Permissions>)/,
      '$2$1',
    );
    expectError(swapped, /Sai thứ tự phần tử: <DefaultSettings> phải đứng trước <Permissions>/);
  });

  test('wrong order inside a ribbon button', () => {
    const swapped = variant(
      /(<Supertip>\s*<Title resid="Kstt.Insert.Label"\/>[\s\S]*?<\/Supertip>)(\s*<Icon>[\s\S]*?<\/Icon>)/,
      '$2$1',
    );
    expectError(swapped, /Sai thứ tự trong <Control>: <Supertip> phải đứng trước <Icon>/);
  });

  test('unknown top-level element', () => {
    expectError(variant('<Permissions>', '<Colour>green</Colour>\n  <Permissions>'), /<Colour> không phải phần tử hợp lệ/);
  });

  test('permissions other than ReadWriteDocument', () => {
    expectError(variant('<Permissions>ReadWriteDocument', '<Permissions>ReadDocument'), /<Permissions> phải là ReadWriteDocument/);
    expectError(variant('<Permissions>ReadWriteDocument', '<Permissions>Everything'), /<Permissions> không hợp lệ/);
  });

  test('no ExcelApi requirement is an error; a higher one only a warning', () => {
    expectError(variant(/\s*<Requirements>[\s\S]*?<\/Requirements>/, ''), /phải khai báo <Set Name="ExcelApi"/);
    const higher = lintManifest(variant('<Set Name="ExcelApi" MinVersion="1.8"/>', '<Set Name="ExcelApi" MinVersion="1.13"/>'), dev);
    expect(errors(higher)).toEqual([]);
    expect(messages(warnings(higher))).toMatch(/ExcelApi MinVersion 1\.13 cao hơn 1\.8: Excel 2019/);
  });

  test('a button missing its 80 px icon', () => {
    expectError(variant(/\s*<bt:Image size="80" resid="Kstt.Narrate.Icon.80"\/>/, ''), /thiếu ảnh cỡ 80 px/);
  });

  test('an icon file that does not exist in assets/', () => {
    const missing = variant('assets/check-32.png"', 'assets/check-33.png"');
    expectError(missing, /Không tìm thấy tệp biểu tượng "assets\/check-33\.png"/, { ...dev, fileExists: repoAssets });
    // Without a file-system callback the rule cannot run, so it must stay silent.
    expect(hasErrors(lintManifest(missing, dev))).toBe(false);
  });

  test('duplicate resource id and duplicate control id', () => {
    expectError(variant('<bt:Url id="Kstt.Help.Url"', '<bt:Url id="Kstt.Commands.Url"'), /Mã tài nguyên "Kstt\.Commands\.Url" được khai báo 2 lần/);
    expectError(variant('id="Kstt.Check"', 'id="Kstt.Insert"'), /id "Kstt\.Insert" bị trùng/);
  });

  test('buttons opening different task panes give a warning', () => {
    const split = variant(/<TaskpaneId>Kstt\.Pane<\/TaskpaneId>/, '<TaskpaneId>Kstt.OtherPane</TaskpaneId>');
    const problems = lintManifest(split, dev);
    expect(errors(problems)).toEqual([]);
    expect(messages(warnings(problems))).toMatch(/2 TaskpaneId khác nhau/);
  });

  test('wrong root and wrong add-in type', () => {
    expectError('<Manifest/>', /Phần tử gốc phải là <OfficeApp>/);
    expectError(variant('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'), /xsi:type="TaskPaneApp"/);
  });
});

describe('fixtures', () => {
  const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

  test('a minimal manifest without ribbon commands passes, also in production', () => {
    expect(messages(lintManifest(read('minimal-valid.xml'), production))).toBe('');
    expect(isDeployedManifest(read('minimal-valid.xml'))).toBe(true);
  });

  test('bad-id.xml differs from the valid one only by its Id and fails on it', () => {
    const problems = lintManifest(read('bad-id.xml'), production);
    expect(errors(problems).map((p) => p.path)).toEqual(['OfficeApp/Id']);
  });
});

describe('validate-manifest CLI', () => {
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const run = (...args: string[]) => {
    const result = spawnSync(tsx, ['src/cli/validate-manifest.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  test('exit 0 for manifest.xml (the default path)', () => {
    const { code, out } = run();
    expect(out).toContain('manifest.xml (bản phát triển): hợp lệ — 0 lỗi');
    expect(code).toBe(0);
  });

  test('exit 1 with the errors listed then counted', () => {
    const { code, out } = run('test/fixtures/manifests/bad-id.xml');
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^LỖI: <Id> phải là một GUID/);
    // The second opinion: Office's own parser (office-addin-manifest-converter) rejects it too.
    expect(out).toContain('LỖI: Bộ phân tích manifest của Office (office-addin-manifest-converter) từ chối tệp');
    expect(lines[lines.length - 1]).toMatch(/bad-id\.xml \(bản phát hành\): \d+ lỗi, 0 cảnh báo\./);
    expect(code).toBe(1);
  });

  test('exit 1 for a localhost manifest with --production', () => {
    const { code, out } = run('manifest.xml', '--production');
    expect(out).toMatch(/\(bản phát hành\): \d+ lỗi/);
    expect(code).toBe(1);
  });

  test('a deployed copy is checked in production mode automatically; missing icons next to it are errors', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kstt-manifest-'));
    const file = path.join(dir, 'manifest.xml');
    writeFileSync(file, deployed());
    // No assets/ next to it: the icons are looked up in the repository's assets/ (the working directory).
    const ok = run(file);
    expect(ok.out).toContain('(bản phát hành): hợp lệ');
    expect(ok.code).toBe(0);
    writeFileSync(file, deployed(variant('assets/narrate-16.png"', 'assets/narrate-17.png"')));
    const broken = run(file);
    expect(broken.out).toContain('Không tìm thấy tệp biểu tượng "assets/narrate-17.png"');
    expect(broken.code).toBe(1);
  });

  test('exit 1 for malformed XML, reported once with its line', () => {
    const { code, out } = run('test/fixtures/manifests/malformed.xml');
    expect(out.match(/^LỖI:/gm)).toHaveLength(1);
    expect(out).toContain('XML không hợp lệ ở dòng 24');
    expect(code).toBe(1);
  });

  test('exit 2 when the file cannot be read', () => {
    const { code, err } = run('test/fixtures/manifests/does-not-exist.xml');
    expect(err).toContain('Không đọc được tệp manifest');
    expect(code).toBe(2);
  });
});
