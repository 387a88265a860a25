export * from './scrutiny-requirement.events';
export * from './scrutiny-requirement.commands';
export * from './scrutiny-requirement.rules';
export * from './scrutiny-requirement.decider';
