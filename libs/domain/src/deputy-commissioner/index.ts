export * from './deputy-commissioner.events';
export * from './deputy-commissioner.commands';
export * from './deputy-commissioner.rules';
export * from './deputy-commissioner.decider';
