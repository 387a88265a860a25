export * from './police-and-crime-panel.events';
export * from './police-and-crime-panel.commands';
export * from './police-and-crime-panel.rules';
export * from './police-and-crime-panel.decider';
export * from './roster-check';
