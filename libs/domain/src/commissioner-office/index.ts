export * from './commissioner-office.calendar';
export * from './commissioner-office.events';
export * from './commissioner-office.commands';
export * from './commissioner-office.rules';
export * from './commissioner-office.decider';
export * from './commissioner-office.upcasters';
