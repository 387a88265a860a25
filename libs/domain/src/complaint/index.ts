export * from './complaint.events';
export * from './complaint.commands';
export * from './complaint.rules';
export * from './complaint.decider';
