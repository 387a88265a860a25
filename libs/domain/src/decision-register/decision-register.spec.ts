import { on, refusals, spec } from '../testing/spec';
import { foldStream } from '../core/fold';
import { decisionRegister as decider, unpublishedSignificantDecisions } from './decision-register.decider';
import type { DecisionRecorded, DecisionRegisterOpened, DocumentClassified } from './decision-register.events';

const opened: DecisionRegisterOpened = {
  type: 'DecisionRegisterOpened',
  data: { forceArea: 'kent', office: 'Kent PCC', openedOn: '2012-11-22' },
};
const decided: DecisionRecorded = {
  type: 'DecisionRecorded',
  data: {
    decisionRef: 'D-2013-001',
    title: 'Commission victim services',
    decisionMaker: 'Kent PCC',
    significantPublicInterest: true,
    madeAtMeeting: false,
    recordDocumentRef: 'DR-2013-001',
    decidedOn: '2013-05-01',
  },
};
const classified: DocumentClassified = {
  type: 'DocumentClassified',
  data: {
    documentRef: 'PCP-2014-05-C1',
    title: 'Complaint update',
    access: 'exempt',
    exemptParas: [1, 2],
    publicInterestReason: 'Protects the complainant’s identity',
    purpose: 'for_noting',
    classifiedOn: '2014-05-01',
  },
};

/** The decision on record, without the written record it needs. */
const { recordDocumentRef: _record, decidedOn: _on, ...unrecorded } = decided.data;
const recordUnrecorded = { type: 'RecordDecision' as const, data: unrecorded };
const recordDecision = { ...recordUnrecorded, data: { ...unrecorded, recordDocumentRef: 'DR-2013-001' } };
const classify = {
  type: 'ClassifyDocument' as const,
  data: {
    documentRef: 'PCP-2014-05-C1',
    title: 'Complaint update',
    access: 'exempt' as const,
    exemptParas: [2, 1],
    publicInterestReason: 'Protects the complainant’s identity',
    purpose: 'for_noting' as const,
  },
};
const publish = (data: { orderPara: string; description: string; decisionRef?: string }) => ({
  type: 'PublishSpecifiedInformation' as const,
  data,
});
const reclassify = (documentRef: string, reason: string) => ({
  type: 'ReclassifyDocument' as const,
  data: { documentRef, access: 'open' as const, reason },
});

describe('DecisionRegister (PRSRA s.11; SI 2011/3050; LGA 1972 Sch 12A)', () => {
  it('opens a register once', () => {
    spec(decider)
      .given()
      .when(
        { type: 'OpenDecisionRegister', data: { forceArea: 'kent', office: 'Kent PCC' } },
        { effectiveOn: '2012-11-22' },
      )
      .then([opened]);
  });

  it('records a decision of significant public interest with its written record', () => {
    spec(decider).given(opened).when(recordDecision, { effectiveOn: '2013-05-01' }).then([decided]);
  });

  it('lists significant decisions whose record is unpublished until it is published under para 5', () => {
    const before = foldStream(decider, [on('2012-11-22', opened), on('2013-05-01', decided)]);
    expect(unpublishedSignificantDecisions(before).map((d) => d.decisionRef)).toEqual(['D-2013-001']);
    const [pub] = spec(decider)
      .given(opened, decided)
      .when(
        {
          type: 'PublishSpecifiedInformation',
          data: { orderPara: '5', description: 'Decision record D-2013-001', decisionRef: 'D-2013-001' },
        },
        { effectiveOn: '2013-05-03' },
      )
      .then([
        {
          type: 'SpecifiedInformationPublished',
          data: {
            orderPara: '5',
            description: 'Decision record D-2013-001',
            url: null,
            decisionRef: 'D-2013-001',
            documentRef: null,
            publishedOn: '2013-05-03',
          },
        },
      ]);
    const after = foldStream(decider, [on('2012-11-22', opened), on('2013-05-01', decided), on('2013-05-03', pub)]);
    expect(unpublishedSignificantDecisions(after)).toEqual([]);
  });

  it("given the register, when the PCC publishes the independent custody visitors' reports under para 8 (SI 2011/3050 as made, quarterly under para 13), then it is recorded", () => {
    spec(decider)
      .given(opened)
      .when(
        {
          type: 'PublishSpecifiedInformation',
          data: {
            orderPara: '8',
            description: 'Independent custody visiting scheme: reports for the quarter to June 2013',
          },
        },
        { effectiveOn: '2013-07-10' },
      )
      .then([
        {
          type: 'SpecifiedInformationPublished',
          data: {
            orderPara: '8',
            description: 'Independent custody visiting scheme: reports for the quarter to June 2013',
            url: null,
            decisionRef: null,
            documentRef: null,
            publishedOn: '2013-07-10',
          },
        },
      ]);
  });

  it('publishes under a real order paragraph', () => {
    spec(decider)
      .given(opened)
      .when(publish({ orderPara: '3(f)', description: 'Grants made in April 2014' }))
      .thenFlags();
  });

  it('classifies a document with access apart from purpose', () => {
    spec(decider).given(opened).when(classify, { effectiveOn: '2014-05-01' }).then([classified]);
  });

  it('reclassifies only a classified document, with a reason, keeping the previous access', () => {
    spec(decider)
      .given(opened, classified)
      .when(
        {
          type: 'ReclassifyDocument',
          data: { documentRef: 'PCP-2014-05-C1', access: 'open', reason: 'Complainant consented; names redacted' },
        },
        { effectiveOn: '2014-09-01' },
      )
      .then([
        {
          type: 'DocumentReclassified',
          data: {
            documentRef: 'PCP-2014-05-C1',
            access: 'open',
            exemptParas: [],
            publicInterestReason: null,
            previousAccess: 'exempt',
            previousExemptParas: [1, 2],
            reason: 'Complainant consented; names redacted',
            reclassifiedOn: '2014-09-01',
          },
        },
      ]);
  });

  describe('refuses', () => {
    refusals(decider, [
      {
        name: 'a second register',
        given: [opened],
        when: { type: 'OpenDecisionRegister', data: { forceArea: 'kent', office: 'Kent PCC' } },
        code: 'CASE_ALREADY_EXISTS',
      },
      { name: 'a decision before the register is open', given: [], when: recordDecision, code: 'CASE_NOT_FOUND' },
      {
        name: 'a decision of significant public interest without its written record',
        given: [opened],
        when: recordUnrecorded,
        code: 'DECISION_SPI_RECORD_REQUIRED',
      },
      {
        name: 'a decision already on the register',
        given: [opened, decided],
        when: recordDecision,
        code: 'PROCESS_STEP_OUT_OF_ORDER',
      },
      {
        name: 'publication under a paragraph the order does not have',
        given: [opened],
        when: publish({ orderPara: '9', description: 'x' }),
        code: 'SPECIFIED_INFORMATION_PARA_UNKNOWN',
      },
      {
        name: 'a decision record published under another paragraph than 5',
        given: [opened, decided],
        when: publish({ orderPara: '3(f)', description: 'x', decisionRef: 'D-2013-001' }),
        code: 'DECISION_RECORD_PUBLICATION_INVALID',
      },
      {
        name: 'the record of a decision not on the register',
        given: [opened],
        when: publish({ orderPara: '5', description: 'x', decisionRef: 'D-404' }),
        code: 'DECISION_RECORD_PUBLICATION_INVALID',
      },
      {
        name: 'an exempt document with no exempt paragraph',
        given: [opened],
        when: { ...classify, data: { ...classify.data, exemptParas: [] } },
        code: 'DOCUMENT_CLASSIFICATION_INVALID',
      },
      {
        name: 'an exempt document under a paragraph Sch 12A does not have',
        given: [opened],
        when: { ...classify, data: { ...classify.data, exemptParas: [9] } },
        code: 'DOCUMENT_CLASSIFICATION_INVALID',
      },
      {
        name: 'an exempt document without the public interest reason',
        given: [opened],
        when: { ...classify, data: { ...classify.data, publicInterestReason: null } },
        code: 'DOCUMENT_EXEMPT_PUBLIC_INTEREST_REQUIRED',
      },
      {
        name: 'classifying a document twice',
        given: [opened, classified],
        when: classify,
        code: 'PROCESS_STEP_OUT_OF_ORDER',
      },
      {
        name: 'reclassifying without a reason',
        given: [opened, classified],
        when: reclassify('PCP-2014-05-C1', ''),
        code: 'DOCUMENT_RECLASSIFICATION_REASON_REQUIRED',
      },
      {
        name: 'reclassifying a document never classified',
        given: [opened],
        when: reclassify('nope', 'x'),
        code: 'DOCUMENT_RECLASSIFICATION_REASON_REQUIRED',
      },
    ]);
  });
});
