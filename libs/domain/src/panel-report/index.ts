export * from './panel-report.events';
export * from './panel-report.commands';
export * from './panel-report.rules';
export * from './panel-report.decider';
