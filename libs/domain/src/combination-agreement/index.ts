export * from './combination-agreement.events';
export * from './combination-agreement.commands';
export * from './combination-agreement.rules';
export * from './combination-agreement.decider';
