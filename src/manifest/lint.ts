/* The offline manifest lint: well-formedness, then structure, resources, ribbon and URL rules. Pure: no file
 * system, no network; the CLI (src/cli/validate-manifest.ts) supplies `fileExists` and prints the result. */
import { error, type LintOptions, type ManifestProblem } from './types';
import { descend, parseXml, attr } from './xml-tree';
import {
  checkHosts,
  checkIdentity,
  checkPermissions,
  checkRequiredElements,
  checkRequirements,
  checkRoot,
  checkTopLevelOrder,
} from './rules/structure';
import { checkResources } from './rules/resources';
import { checkControls, checkNestedOrder } from './rules/commands';
import { checkUrls, isLocalHost } from './rules/urls';

export function lintManifest(xml: string, options: LintOptions): ManifestProblem[] {
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    return [
      error(
        `XML không hợp lệ ở dòng ${parsed.line}, cột ${parsed.column}: ${parsed.reason}`,
        `Malformed XML at line ${parsed.line}, column ${parsed.column}: ${parsed.reason}`,
        `dòng ${parsed.line}, cột ${parsed.column}`,
      ),
    ];
  }
  const problems: ManifestProblem[] = [];
  const root = parsed.root;
  if (!checkRoot(root, problems)) return problems;
  checkTopLevelOrder(root, problems);
  checkRequiredElements(root, problems);
  checkIdentity(root, problems);
  checkPermissions(root, problems);
  checkHosts(root, problems);
  checkRequirements(root, problems);
  checkNestedOrder(root, problems);
  checkControls(root, problems);
  checkResources(root, problems);
  checkUrls(root, options, problems);
  return problems;
}

/** True when the task pane's SourceLocation is not on the developer's machine: the manifest is meant for users. */
export function isDeployedManifest(xml: string): boolean {
  const parsed = parseXml(xml);
  if (!parsed.ok) return false;
  const source = attr(descend(parsed.root, 'DefaultSettings', 'SourceLocation') ?? parsed.root, 'DefaultValue');
  return source !== undefined && source.trim() !== '' && !isLocalHost(source);
}

export function hasErrors(problems: ManifestProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
