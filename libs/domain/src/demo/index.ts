export * from './demo.script';
export * from './demo.run';
export * from './kent.script';
export * from './synthetic.script';
