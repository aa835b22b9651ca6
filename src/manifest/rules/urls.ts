/* Rules on URLs: Office loads add-ins over HTTPS only; a deployed manifest must not point at the developer's
 * machine; icons referenced under the add-in's own base URL must exist as files. */
import { error, type LintOptions, type ManifestProblem } from '../types';
import { allElements, attr, child, childrenNamed, descend, type XmlElement } from '../xml-tree';

interface UrlUse {
  url: string;
  element: XmlElement;
  /** An icon: the file must exist when it lives under the add-in's base URL. */
  isIcon: boolean;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1', '0.0.0.0']);

export function isLocalHost(url: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** DefaultValue and every Override Value of a localizable setting. */
function localizedValues(element: XmlElement): Array<{ value: string; element: XmlElement }> {
  const out: Array<{ value: string; element: XmlElement }> = [];
  const base = attr(element, 'DefaultValue');
  if (base !== undefined) out.push({ value: base, element });
  for (const override of childrenNamed(element, 'Override')) {
    const value = attr(override, 'Value');
    if (value !== undefined) out.push({ value, element: override });
  }
  return out;
}

export function collectUrls(root: XmlElement): UrlUse[] {
  const uses: UrlUse[] = [];
  const add = (element: XmlElement | undefined, isIcon: boolean) => {
    if (element) for (const { value, element: at } of localizedValues(element)) uses.push({ url: value, element: at, isIcon });
  };
  add(child(root, 'IconUrl'), true);
  add(child(root, 'HighResolutionIconUrl'), true);
  add(child(root, 'SupportUrl'), false);
  add(descend(root, 'DefaultSettings', 'SourceLocation'), false);
  const appDomains = child(root, 'AppDomains');
  for (const domain of appDomains ? childrenNamed(appDomains, 'AppDomain') : []) {
    uses.push({ url: domain.text, element: domain, isIcon: false });
  }
  for (const resources of allElements(root).filter((e) => e.name === 'Resources')) {
    for (const images of childrenNamed(resources, 'Images')) images.children.forEach((image) => add(image, true));
    for (const urls of childrenNamed(resources, 'Urls')) urls.children.forEach((url) => add(url, false));
  }
  return uses;
}

/** The folder the task pane is served from, e.g. `https://localhost:3000/`; undefined if SourceLocation is unusable. */
export function baseUrlOf(root: XmlElement): string | undefined {
  const source = attr(descend(root, 'DefaultSettings', 'SourceLocation') ?? root, 'DefaultValue');
  if (!source) return undefined;
  try {
    return new URL('.', source).href;
  } catch {
    return undefined;
  }
}

export function checkUrls(root: XmlElement, options: LintOptions, problems: ManifestProblem[]): void {
  const base = baseUrlOf(root);
  for (const { url, element, isIcon } of collectUrls(root)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(error(`"${url}" không phải địa chỉ URL đầy đủ.`, `"${url}" is not an absolute URL.`, element.path));
      continue;
    }
    if (parsed.protocol !== 'https:') {
      problems.push(
        error(
          `Địa chỉ phải dùng https:// (Office không nạp http://): "${url}".`,
          `URL must use https:// (Office refuses http://): "${url}".`,
          element.path,
        ),
      );
    }
    if (options.production && isLocalHost(url)) {
      problems.push(
        error(
          `Bản phát hành không được trỏ tới máy của người phát triển (localhost): "${url}". Build lại với --env url=https://máy-chủ/kstt/.`,
          `A production manifest must not point at localhost: "${url}". Rebuild with --env url=https://server/kstt/.`,
          element.path,
        ),
      );
    }
    if (isIcon && options.fileExists && base && url.startsWith(base)) {
      const relative = decodeURIComponent(parsed.href.slice(base.length).split(/[?#]/)[0]);
      if (!options.fileExists(relative)) {
        problems.push(
          error(
            `Không tìm thấy tệp biểu tượng "${relative}" (được tham chiếu bởi "${url}").`,
            `Icon file "${relative}" referenced by "${url}" does not exist.`,
            element.path,
          ),
        );
      }
    }
  }
}
