export * from './envelope';
export * from './errors';
export * from './port';
export * from './entry';
export * from './subscription';
export * from './sqlite';
export * from './postgres';
export * from './eventstoredb';
