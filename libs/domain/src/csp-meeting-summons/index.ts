export * from './csp-meeting-summons.events';
export * from './csp-meeting-summons.commands';
export * from './csp-meeting-summons.rules';
export * from './csp-meeting-summons.upcasters';
export * from './csp-meeting-summons.decider';
