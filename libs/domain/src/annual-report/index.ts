export * from './annual-report.events';
export * from './annual-report.commands';
export * from './annual-report.rules';
export * from './annual-report.decider';
