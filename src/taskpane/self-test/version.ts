/** The add-in's version (package.json), put in by webpack's DefinePlugin; «dev» where nothing defines it (jest). */
declare const __KSTT_VERSION__: string | undefined;

export const ADDIN_VERSION: string = typeof __KSTT_VERSION__ === 'string' ? __KSTT_VERSION__ : 'dev';
