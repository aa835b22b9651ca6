/** A minimal `Office` object for the task pane: onReady, HostType, requirement-set checks, actions.associate. */
import { compareVersions } from './api-versions';
import type { FakeExcel } from './fake-excel';
import { WEB_PAYLOAD_LIMIT_BYTES } from './faults';

export interface FakeOfficeOptions {
  platform?: 'PC' | 'Mac' | 'OfficeOnline';
  /** Other requirement sets and their highest version, e.g. { DialogApi: '1.2', RibbonApi: '1.1' }. */
  otherSets?: Record<string, string>;
  /** Office.context.diagnostics.version. Default '16.0.18000.20000'. */
  version?: string;
  displayLanguage?: string;
  /** Office.context.officeTheme; null plays a host that does not expose it (Office 2019, Mac). */
  theme?: { bodyBackgroundColor: string; bodyForegroundColor: string; themeId?: string } | null;
}

export interface FakeOffice {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  context: {
    host: string;
    platform: string;
    displayLanguage: string;
    diagnostics: { host: string; platform: string; version: string };
    officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string; themeId?: string };
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
  actions: { associate(actionId: string, handler: (...args: unknown[]) => unknown): void };
  /** Handlers registered with actions.associate (ribbon commands), for tests to invoke. */
  associatedActions: Map<string, (...args: unknown[]) => unknown>;
}

export function createFakeOffice(fake: FakeExcel, options: FakeOfficeOptions = {}): FakeOffice {
  const platform = options.platform ?? 'PC';
  const info = { host: 'Excel', platform };
  const associatedActions = new Map<string, (...args: unknown[]) => unknown>();
  const sets: Record<string, string> = { DialogApi: '1.2', RibbonApi: '1.1', ...options.otherSets };
  // Excel on the web caps every request and response at 5 MB; the fake enforces it when it plays the web.
  if (platform === 'OfficeOnline' && fake.host.payloadLimitBytes === null) fake.host.payloadLimitBytes = WEB_PAYLOAD_LIMIT_BYTES;
  const theme =
    options.theme === undefined
      ? { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', themeId: 'Colorful' }
      : options.theme;
  return {
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    context: {
      host: 'Excel',
      platform,
      displayLanguage: options.displayLanguage ?? 'vi-VN',
      diagnostics: { host: 'Excel', platform, version: options.version ?? '16.0.18000.20000' },
      ...(theme ? { officeTheme: theme } : {}),
      requirements: {
        isSetSupported(name: string, minVersion?: string | number) {
          // Office compares versions as strings of numbers: pass '1.10', not 1.1.
          const wanted = minVersion === undefined ? '1.1' : String(minVersion);
          const have = name === 'ExcelApi' ? fake.host.apiVersion : sets[name];
          return have !== undefined && compareVersions(have, wanted) >= 0;
        },
      },
    },
    actions: {
      associate(actionId, handler) {
        associatedActions.set(actionId, handler);
      },
    },
    associatedActions,
  };
}
