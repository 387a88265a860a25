export * from './record-coverage.events';
export * from './record-coverage.commands';
export * from './record-coverage.rules';
export * from './record-coverage.decider';
export * from './record-coverage.window';
