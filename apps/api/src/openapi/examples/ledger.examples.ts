import type { ExampleStep } from './example-step';

/**
 * A correction names the event it corrects by its id, which the record assigns when the act
 * is recorded: the example's id stands for the first event of the synthetic election case.
 */
export const ledgerExamples: ExampleStep[] = [
  {
    op: 'CorrectRecord',
    name: 'northshire-pcc-2012',
    summary: "Correct the elected person's name as the election was recorded",
    params: { stream: 'commissioner-office:northshire-pcc-2012' },
    value: {
      correctsEventId: '01938a6e-7c1f-7b3e-9a53-2f3c0d9b1e77',
      field: 'electedPerson',
      oldValue: 'Jo Example (synthetic)',
      newValue: 'Jo Exemplar (synthetic)',
      reason: 'The declaration of result spells the name Exemplar',
      effectiveAt: '2015-02-02',
    },
  },
];
