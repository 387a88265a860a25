export * from './interests-register.events';
export * from './interests-register.commands';
export * from './interests-register.rules';
export * from './interests-register.decider';
