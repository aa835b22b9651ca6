export { lintManifest, isDeployedManifest, hasErrors } from './lint';
export type { ManifestProblem, LintOptions } from './types';
