export * from './chief-constable-appointment.events';
export * from './chief-constable-appointment.commands';
export * from './chief-constable-appointment.rules';
export * from './chief-constable-appointment.decider';
