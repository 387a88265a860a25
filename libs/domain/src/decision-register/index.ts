export * from './decision-register.events';
export * from './decision-register.commands';
export * from './decision-register.rules';
export * from './decision-register.decider';
