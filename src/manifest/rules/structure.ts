/* Rules on the top level of the manifest: root, required elements, XSD order, Id, Version, locale, permissions,
 * hosts and the Excel requirement-set floor. */
import { error, warning, type ManifestProblem } from '../types';
import { attr, child, childrenNamed, descend, type XmlElement } from '../xml-tree';
import {
  EXCEL_API_FLOOR,
  GUID_PATTERN,
  LIMITS,
  LOCALE_PATTERN,
  OFFICE_APP_ORDER,
  PERMISSION_REQUIRED,
  PERMISSION_VALUES,
  REQUIRED_TOP_LEVEL,
  VERSION_PATTERN,
} from '../schema';

/** False when the root is not a task-pane OfficeApp: the other rules would only add noise then. */
export function checkRoot(root: XmlElement, problems: ManifestProblem[]): boolean {
  if (root.name !== 'OfficeApp') {
    problems.push(
      error(
        `Phần tử gốc phải là <OfficeApp>, tệp này có <${root.qname}>.`,
        `The root element must be <OfficeApp>, found <${root.qname}>.`,
        root.path,
      ),
    );
    return false;
  }
  const type = attr(root, 'type');
  if (type !== 'TaskPaneApp') {
    problems.push(
      error(
        `<OfficeApp> phải có xsi:type="TaskPaneApp" (add-in ngăn tác vụ), tệp này có "${type ?? ''}".`,
        `<OfficeApp> must have xsi:type="TaskPaneApp", found "${type ?? ''}".`,
        root.path,
      ),
    );
  }
  return true;
}

export function checkRequiredElements(root: XmlElement, problems: ManifestProblem[]): void {
  for (const name of REQUIRED_TOP_LEVEL) {
    if (!child(root, name)) {
      problems.push(
        error(`Thiếu phần tử bắt buộc <${name}>.`, `Required element <${name}> is missing.`, `${root.path}/${name}`),
      );
    }
  }
  const settings = child(root, 'DefaultSettings');
  if (settings && !child(settings, 'SourceLocation')) {
    problems.push(
      error(
        'Thiếu <SourceLocation> trong <DefaultSettings>: Excel không biết mở trang nào cho ngăn tác vụ.',
        '<DefaultSettings> has no <SourceLocation>: Excel would not know which page to open.',
        `${settings.path}/SourceLocation`,
      ),
    );
  }
  // Elements whose value lives in DefaultValue: an empty one is as bad as a missing one.
  for (const name of ['DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const element = child(root, name);
    if (element && !attr(element, 'DefaultValue')?.trim()) {
      problems.push(
        error(`<${name}> thiếu thuộc tính DefaultValue.`, `<${name}> has no DefaultValue.`, element.path),
      );
    }
  }
  const source = descend(root, 'DefaultSettings', 'SourceLocation');
  if (source && !attr(source, 'DefaultValue')?.trim()) {
    problems.push(error('<SourceLocation> thiếu thuộc tính DefaultValue.', '<SourceLocation> has no DefaultValue.', source.path));
  }
  for (const name of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'Permissions']) {
    const element = child(root, name);
    if (element && !element.text) {
      problems.push(error(`<${name}> đang để trống.`, `<${name}> is empty.`, element.path));
    }
  }
}

/** Top-level children must follow the XSD sequence; each may appear once; unknown names are rejected by Office. */
export function checkTopLevelOrder(root: XmlElement, problems: ManifestProblem[]): void {
  const order: readonly string[] = OFFICE_APP_ORDER;
  let lastIndex = -1;
  let lastName = '';
  const seen = new Set<string>();
  for (const element of root.children) {
    const index = order.indexOf(element.name);
    if (index < 0) {
      problems.push(
        error(
          `<${element.qname}> không phải phần tử hợp lệ của <OfficeApp> (add-in ngăn tác vụ).`,
          `<${element.qname}> is not a valid child of a task-pane <OfficeApp>.`,
          element.path,
        ),
      );
      continue;
    }
    if (seen.has(element.name)) {
      problems.push(
        error(`<${element.name}> xuất hiện nhiều lần.`, `<${element.name}> appears more than once.`, element.path),
      );
    }
    seen.add(element.name);
    if (index < lastIndex) {
      problems.push(
        error(
          `Sai thứ tự phần tử: <${element.name}> phải đứng trước <${lastName}> (theo lược đồ XSD).`,
          `Wrong element order: <${element.name}> must come before <${lastName}> (per the XSD).`,
          element.path,
        ),
      );
    } else {
      lastIndex = index;
      lastName = element.name;
    }
  }
}

export function checkIdentity(root: XmlElement, problems: ManifestProblem[]): void {
  const id = child(root, 'Id');
  if (id?.text && !GUID_PATTERN.test(id.text)) {
    problems.push(
      error(
        `<Id> phải là một GUID (dạng xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), tệp này có "${id.text}".`,
        `<Id> must be a GUID, found "${id.text}".`,
        id.path,
      ),
    );
  }
  const version = child(root, 'Version');
  if (version?.text && !VERSION_PATTERN.test(version.text)) {
    problems.push(
      error(
        `<Version> phải có dạng n.n.n.n (tối đa bốn số), tệp này có "${version.text}".`,
        `<Version> must look like n.n.n.n, found "${version.text}".`,
        version.path,
      ),
    );
  }
  const locale = child(root, 'DefaultLocale');
  if (locale?.text && !LOCALE_PATTERN.test(locale.text)) {
    problems.push(
      error(
        `<DefaultLocale> phải là mã ngôn ngữ như vi-VN, tệp này có "${locale.text}".`,
        `<DefaultLocale> must be a culture name such as vi-VN, found "${locale.text}".`,
        locale.path,
      ),
    );
  }
  checkLocalizedLength(child(root, 'DisplayName'), LIMITS.displayName, problems);
  checkLocalizedLength(child(root, 'Description'), LIMITS.description, problems);
  for (const override of [child(root, 'DisplayName'), child(root, 'Description')].flatMap((e) =>
    e ? childrenNamed(e, 'Override') : [],
  )) {
    checkOverrideLocale(override, problems);
  }
}

function checkLocalizedLength(element: XmlElement | undefined, limit: number, problems: ManifestProblem[]): void {
  if (!element) return;
  const values = [attr(element, 'DefaultValue'), ...childrenNamed(element, 'Override').map((o) => attr(o, 'Value'))];
  for (const value of values) {
    if (value !== undefined && value.length > limit) {
      problems.push(
        error(
          `<${element.name}> dài ${value.length} ký tự, vượt giới hạn ${limit}: "${value.slice(0, 40)}…".`,
          `<${element.name}> is ${value.length} characters long, over the limit of ${limit}.`,
          element.path,
        ),
      );
    }
  }
}

export function checkOverrideLocale(override: XmlElement, problems: ManifestProblem[]): void {
  const locale = attr(override, 'Locale');
  if (!locale || !LOCALE_PATTERN.test(locale)) {
    problems.push(
      error(
        `<${override.qname}> cần thuộc tính Locale hợp lệ (ví dụ en-US), tệp này có "${locale ?? ''}".`,
        `<${override.qname}> needs a valid Locale attribute (e.g. en-US), found "${locale ?? ''}".`,
        override.path,
      ),
    );
  }
  if (attr(override, 'Value') === undefined) {
    problems.push(error(`<${override.qname}> thiếu thuộc tính Value.`, `<${override.qname}> has no Value.`, override.path));
  }
}

export function checkPermissions(root: XmlElement, problems: ManifestProblem[]): void {
  const permissions = child(root, 'Permissions');
  if (!permissions?.text) return;
  if (!PERMISSION_VALUES.includes(permissions.text)) {
    problems.push(
      error(
        `<Permissions> không hợp lệ: "${permissions.text}" (giá trị hợp lệ: ${PERMISSION_VALUES.join(', ')}).`,
        `<Permissions> is not a valid value: "${permissions.text}".`,
        permissions.path,
      ),
    );
  } else if (permissions.text !== PERMISSION_REQUIRED) {
    problems.push(
      error(
        `<Permissions> phải là ${PERMISSION_REQUIRED}: add-in ghi biểu mẫu và công thức vào sổ làm việc (tệp này có ${permissions.text}).`,
        `<Permissions> must be ${PERMISSION_REQUIRED}: the add-in writes forms into the workbook (found ${permissions.text}).`,
        permissions.path,
      ),
    );
  }
}

export function checkHosts(root: XmlElement, problems: ManifestProblem[]): void {
  const hosts = child(root, 'Hosts');
  if (!hosts) return;
  const names = childrenNamed(hosts, 'Host').map((host) => attr(host, 'Name'));
  if (!names.includes('Workbook')) {
    problems.push(
      error(
        '<Hosts> phải có <Host Name="Workbook"/> để add-in chạy trong Excel.',
        '<Hosts> must contain <Host Name="Workbook"/> for Excel.',
        hosts.path,
      ),
    );
  }
}

/** Compares dotted versions numerically: "1.10" > "1.8". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function checkRequirements(root: XmlElement, problems: ManifestProblem[]): void {
  const sets = descend(root, 'Requirements', 'Sets');
  const excelApi = sets ? childrenNamed(sets, 'Set').find((set) => attr(set, 'Name') === 'ExcelApi') : undefined;
  if (!sets || !excelApi) {
    problems.push(
      error(
        `<Requirements> phải khai báo <Set Name="ExcelApi" MinVersion="${EXCEL_API_FLOOR}"/>: thiếu khai báo thì Excel quá cũ vẫn nạp add-in rồi lỗi khi chạy.`,
        `<Requirements> must declare <Set Name="ExcelApi" MinVersion="${EXCEL_API_FLOOR}"/>.`,
        `${root.path}/Requirements`,
      ),
    );
    return;
  }
  const version = attr(excelApi, 'MinVersion') ?? attr(sets, 'DefaultMinVersion') ?? '1.1';
  if (!/^\d+(\.\d+)*$/.test(version)) {
    problems.push(
      error(`MinVersion của ExcelApi không hợp lệ: "${version}".`, `ExcelApi MinVersion is not a version: "${version}".`, excelApi.path),
    );
  } else if (compareVersions(version, EXCEL_API_FLOOR) > 0) {
    problems.push(
      warning(
        `ExcelApi MinVersion ${version} cao hơn ${EXCEL_API_FLOOR}: Excel 2019 (bản quyền số lượng lớn) sẽ không nạp được add-in.`,
        `ExcelApi MinVersion ${version} is above ${EXCEL_API_FLOOR}: Office 2019 volume licence would be excluded.`,
        excelApi.path,
      ),
    );
  } else if (compareVersions(version, EXCEL_API_FLOOR) < 0) {
    problems.push(
      warning(
        `ExcelApi MinVersion ${version} thấp hơn ${EXCEL_API_FLOOR}: Excel không đủ API (kiểm tra dữ liệu nhập 1.8) vẫn nạp add-in.`,
        `ExcelApi MinVersion ${version} is below ${EXCEL_API_FLOOR}: hosts without the APIs the add-in needs would load it.`,
        excelApi.path,
      ),
    );
  }
}
