/** What the manifest lint reports. Messages are Vietnamese first; `messageEn` is for logs and English users. */
export interface ManifestProblem {
  severity: 'error' | 'warning';
  /** Vietnamese, one line. */
  message: string;
  messageEn?: string;
  /** Where: an element path such as `OfficeApp/DefaultSettings/SourceLocation`, or `dòng 12, cột 5`. */
  path?: string;
}

export interface LintOptions {
  /**
   * Production checks: every URL must be https and must not point at localhost.
   * The CLI turns this on with `--production` or when the manifest is already deployed (see `isDeployedManifest`).
   */
  production: boolean;
  /**
   * Answers whether a file exists, given a path relative to the add-in's base URL (the folder of
   * DefaultSettings/SourceLocation), e.g. `assets/icon-16.png`. Supplied by the Node CLI; when absent, icon files
   * are not checked. Keeps this module free of file-system access.
   */
  fileExists?: (relativePath: string) => boolean;
}

/** Builders for problems, so every rule writes its messages the same way. */
export function error(message: string, messageEn: string, path?: string): ManifestProblem {
  return { severity: 'error', message, messageEn, ...(path ? { path } : {}) };
}

export function warning(message: string, messageEn: string, path?: string): ManifestProblem {
  return { severity: 'warning', message, messageEn, ...(path ? { path } : {}) };
}
