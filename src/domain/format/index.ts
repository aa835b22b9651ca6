export * from './decimal';
export * from './round';
export * from './number';
export * from './date';
export * from './parse';
export * from './words';
