export * from './grant.events';
export * from './grant.commands';
export * from './grant.rules';
export * from './grant.decider';
