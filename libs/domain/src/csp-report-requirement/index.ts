export * from './csp-report-requirement.events';
export * from './csp-report-requirement.commands';
export * from './csp-report-requirement.rules';
export * from './csp-report-requirement.decider';
export * from './csp-report-requirement.upcasters';
