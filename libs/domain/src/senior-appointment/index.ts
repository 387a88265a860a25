export * from './senior-appointment.events';
export * from './senior-appointment.commands';
export * from './senior-appointment.rules';
export * from './senior-appointment.decider';
