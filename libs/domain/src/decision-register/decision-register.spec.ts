import { on, spec } from '../testing/spec';
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

describe('DecisionRegister (PRSRA s.11; SI 2011/3050; LGA 1972 Sch 12A)', () => {
  it('opens a register once', () => {
    spec(decider)
      .given()
      .when(
        { type: 'OpenDecisionRegister', data: { forceArea: 'kent', office: 'Kent PCC' } },
        { effectiveOn: '2012-11-22' },
      )
      .then([opened]);
    spec(decider)
      .given(opened)
      .when({ type: 'OpenDecisionRegister', data: { forceArea: 'kent', office: 'Kent PCC' } })
      .thenThrows('CASE_ALREADY_EXISTS');
    spec(decider)
      .given()
      .when({
        type: 'RecordDecision',
        data: {
          decisionRef: 'x',
          title: 'x',
          decisionMaker: 'x',
          significantPublicInterest: false,
          madeAtMeeting: false,
        },
      })
      .thenThrows('CASE_NOT_FOUND');
  });

  it('needs a written record for a decision of significant public interest', () => {
    // The decision on record, without the written record it needs.
    const { recordDocumentRef: _record, decidedOn: _on, ...unrecorded } = decided.data;
    const cmd = { type: 'RecordDecision' as const, data: unrecorded };
    spec(decider).given(opened).when(cmd).thenThrows('DECISION_SPI_RECORD_REQUIRED');
    spec(decider)
      .given(opened)
      .when({ ...cmd, data: { ...cmd.data, recordDocumentRef: 'DR-2013-001' } }, { effectiveOn: '2013-05-01' })
      .then([decided]);
    spec(decider)
      .given(opened, decided)
      .when({ ...cmd, data: { ...cmd.data, recordDocumentRef: 'DR-2013-001' } })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
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

  it('publishes under a real order paragraph, and decision records under para 5 only', () => {
    spec(decider)
      .given(opened)
      .when({ type: 'PublishSpecifiedInformation', data: { orderPara: '9', description: 'x' } })
      .thenThrows('SPECIFIED_INFORMATION_PARA_UNKNOWN');
    spec(decider)
      .given(opened, decided)
      .when({
        type: 'PublishSpecifiedInformation',
        data: { orderPara: '3(f)', description: 'x', decisionRef: 'D-2013-001' },
      })
      .thenThrows('DECISION_RECORD_PUBLICATION_INVALID');
    spec(decider)
      .given(opened)
      .when({ type: 'PublishSpecifiedInformation', data: { orderPara: '5', description: 'x', decisionRef: 'D-404' } })
      .thenThrows('DECISION_RECORD_PUBLICATION_INVALID');
    spec(decider)
      .given(opened)
      .when({
        type: 'PublishSpecifiedInformation',
        data: { orderPara: '3(f)', description: 'Grants made in April 2014' },
      })
      .thenFlags();
  });

  it('classifies a document with access apart from purpose', () => {
    const cmd = {
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
    spec(decider).given(opened).when(cmd, { effectiveOn: '2014-05-01' }).then([classified]);
    spec(decider)
      .given(opened)
      .when({ ...cmd, data: { ...cmd.data, exemptParas: [] } })
      .thenThrows('DOCUMENT_CLASSIFICATION_INVALID');
    spec(decider)
      .given(opened)
      .when({ ...cmd, data: { ...cmd.data, exemptParas: [9] } })
      .thenThrows('DOCUMENT_CLASSIFICATION_INVALID');
    spec(decider)
      .given(opened)
      .when({ ...cmd, data: { ...cmd.data, publicInterestReason: null } })
      .thenThrows('DOCUMENT_EXEMPT_PUBLIC_INTEREST_REQUIRED');
    spec(decider).given(opened, classified).when(cmd).thenThrows('PROCESS_STEP_OUT_OF_ORDER');
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
    spec(decider)
      .given(opened, classified)
      .when({ type: 'ReclassifyDocument', data: { documentRef: 'PCP-2014-05-C1', access: 'open', reason: '' } })
      .thenThrows('DOCUMENT_RECLASSIFICATION_REASON_REQUIRED');
    spec(decider)
      .given(opened)
      .when({ type: 'ReclassifyDocument', data: { documentRef: 'nope', access: 'open', reason: 'x' } })
      .thenThrows('DOCUMENT_RECLASSIFICATION_REASON_REQUIRED');
  });
});
