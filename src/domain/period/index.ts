export * from './types';
export * from './calendar';
export * from './roman';
export * from './propose';
export * from './validate';
export * from './parse-label';
export * from './default-period';
