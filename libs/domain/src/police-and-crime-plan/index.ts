export * from './police-and-crime-plan.events';
export * from './police-and-crime-plan.commands';
export * from './police-and-crime-plan.rules';
export * from './police-and-crime-plan.decider';
