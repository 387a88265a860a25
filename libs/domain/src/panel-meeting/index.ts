export * from './panel-meeting.events';
export * from './panel-meeting.commands';
export * from './panel-meeting.rules';
export * from './panel-meeting.decider';
