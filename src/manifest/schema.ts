/* What the published XSDs (offappmanifest 1.1 for TaskPaneApp, TaskPaneAppVersionOverrides 1.0) and Microsoft's
 * manifest reference require, reduced to the facts the lint checks. Sequences list children in XSD order. */

/** `<OfficeApp xsi:type="TaskPaneApp">`: the base OfficeApp sequence followed by the TaskPaneApp extension. */
export const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
  'ExtendedOverrides',
] as const;

/** Children of OfficeApp that a task-pane add-in may leave out. */
const OPTIONAL_TOP_LEVEL: ReadonlySet<string> = new Set([
  'AlternateId',
  'SupportUrl',
  'AppDomains',
  'Requirements',
  'Dictionary',
  'VersionOverrides',
  'ExtendedOverrides',
]);

/** Children of OfficeApp that a task-pane add-in must have (Hosts, the icons and SourceLocation are required for
 * an add-in that can be sideloaded into Excel and listed with an icon): all the others, in XSD order. */
export const REQUIRED_TOP_LEVEL = OFFICE_APP_ORDER.filter((name) => !OPTIONAL_TOP_LEVEL.has(name));

/** Child order of elements inside VersionOverrides (only the elements a task-pane add-in uses). */
export const NESTED_ORDER: Record<string, readonly string[]> = {
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  CustomTab: ['Group', 'OfficeGroup', 'Label', 'InsertAfter', 'InsertBefore'],
  Group: ['Label', 'Icon', 'Control', 'OfficeControl'],
  Control: ['Label', 'Supertip', 'Icon', 'Action', 'Items', 'Enabled', 'OverriddenByRibbonApi'],
  Supertip: ['Title', 'Description'],
  Action: ['TaskpaneId', 'FunctionName', 'SourceLocation', 'Title'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
};

export const PERMISSION_REQUIRED = 'ReadWriteDocument';
export const PERMISSION_VALUES = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];

export const LIMITS = {
  resourceId: 32,
  shortString: 125,
  longString: 250,
  displayName: 125,
  description: 250,
  controlId: 125,
  url: 2048,
} as const;

/** The project's floor: Office 2019/2021 volume licence stops at ExcelApi 1.8 (see DESIGN.md). */
export const EXCEL_API_FLOOR = '1.8';

/** Ribbon icons: Office picks 16/32/80 px by DPI and ribbon size. */
export const RIBBON_ICON_SIZES = ['16', '32', '80'] as const;

/** Which Resources collection a `resid` must point into, by the referencing element's local name. */
export const RESOURCE_KIND_BY_ELEMENT: Record<string, ResourceKind> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

export type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

export const RESOURCE_KIND_NAME: Record<ResourceKind, string> = {
  Images: 'bt:Images',
  Urls: 'bt:Urls',
  ShortStrings: 'bt:ShortStrings',
  LongStrings: 'bt:LongStrings',
};

export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Up to four dot-separated numbers, each at most 5 digits (the XSD's VersionType). */
export const VERSION_PATTERN = /^\d{1,5}(\.\d{1,5}){0,3}$/;
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
