export * from './community-safety-partnership.events';
export * from './community-safety-partnership.commands';
export * from './community-safety-partnership.rules';
export * from './community-safety-partnership.decider';
