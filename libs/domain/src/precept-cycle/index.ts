export * from './precept-cycle.calendar';
export * from './precept-cycle.events';
export * from './precept-cycle.commands';
export * from './precept-cycle.rules';
export * from './precept-cycle.decider';
