export * from './witness-key';
export * from './state';
export * from './witness';
export * from './http-client';
export * from './cosignature-store';
export * from './collector';
