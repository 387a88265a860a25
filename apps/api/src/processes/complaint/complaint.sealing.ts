import type { ComplaintCommand } from '@ledger/domain';
import { ClearFields, ComplaintPersonalData, PersonalDataErasure } from '@ledger/governance';
import { randomUUID } from 'node:crypto';
import type { CommandResponse } from '../../common/command-runner';
import type { RouteCall } from '../route-table';
import type {
  ComplainantChangesDto,
  ErasePersonalDataRequest,
  ReceiveComplaintRequest,
  UpdateComplainantRequest,
} from './complaint.request';

/** Commitment paths of the complainant's fields, in the domain's `commitments` maps. */
function clearFields(c: { name?: string | null; contact?: string | null }): ClearFields {
  const out: ClearFields = {};
  if (c.name) out['complainant.name'] = c.name;
  if (c.contact) out['complainant.contact'] = c.contact;
  return out;
}

const vaultOf = (call: RouteCall<unknown>) => call.modules.get(ComplaintPersonalData, { strict: false });

/** Runs a command whose prepare step seals personal data, withdrawing it if the act is refused. */
async function sealing(
  call: RouteCall<unknown>,
  type: ComplaintCommand['type'],
  body: object,
  extraData: Record<string, unknown>,
  newSubject: string | undefined,
  seal: (eventId: string) => Promise<Record<string, unknown>>,
): Promise<CommandResponse> {
  let sealed: { stream: string; eventId: string } | null = null;
  try {
    return await call.runner.run(call.req, call.res, call.caseId, type, body, extraData, {
      prepare: ({ stream, eventId }) => {
        sealed = { stream, eventId: eventId(0) };
        return seal(sealed.eventId);
      },
    });
  } catch (e) {
    const s = sealed as { stream: string; eventId: string } | null;
    if (s) await vaultOf(call).discardUnrecorded(s.stream, s.eventId, newSubject);
    throw e;
  }
}

/**
 * A fresh subject per complaint. Sealing happens inside the command, once the log shows the
 * act is new and its headers and preconditions hold, bound to the event's id; a retry of a
 * recorded complaint replays it and seals nothing. The complainant is passed as extra data,
 * not in the body, so the idempotency fingerprint never covers the clear values. If the act
 * is then refused, what was sealed for it is withdrawn.
 */
export function receiveComplaint(
  call: RouteCall<ReceiveComplaintRequest>,
  type: ComplaintCommand['type'],
): Promise<CommandResponse> {
  const { complainant, ...rest } = call.body;
  const subjectId = randomUUID();
  return sealing(call, type, rest, { forceArea: call.area }, subjectId, async (eventId) => ({
    complainant: {
      subjectId,
      commitments: await vaultOf(call).seal(
        subjectId,
        eventId,
        ['complainant', 'commitments'],
        clearFields(complainant),
      ),
    },
  }));
}

/**
 * New details are sealed under the case's existing subject. The act is checked with the
 * pure decider first (e.g. refused once the subject is erased), so nothing is sealed for
 * an act the rules refuse; if it is refused later all the same, its rows are withdrawn.
 */
export function updateComplainant(
  call: RouteCall<UpdateComplainantRequest>,
  type: ComplaintCommand['type'],
): Promise<CommandResponse> {
  const { complainant, ...rest } = call.body;
  const fields = complainant ? clearFields(complainant as ComplainantChangesDto) : {};
  if (Object.keys(fields).length === 0) return call.runner.run(call.req, call.res, call.caseId, type, rest);
  return sealing(call, type, rest, {}, undefined, async (eventId) => {
    const personal = vaultOf(call);
    const state = await personal.load(call.caseId!, call.req.actor!);
    const placeholder = Object.fromEntries(Object.keys(fields).map((k) => [k, '0'.repeat(64)]));
    personal.check(
      state,
      { type, data: { informedOf: rest.informedOf, commitments: placeholder } } as ComplaintCommand,
      call.req.actor!,
      rest.effectiveAt,
    );
    return { commitments: await personal.seal(state.complainant.subjectId, eventId, ['commitments'], fields) };
  });
}

/** Crypto-shredding (INTEGRITY.md): the rule is PersonalDataErasure's, shared with `ledger erase`. */
export function erasePersonalData(
  call: RouteCall<ErasePersonalDataRequest>,
  type: ComplaintCommand['type'],
): Promise<CommandResponse> {
  const prepare = call.modules
    .get(PersonalDataErasure, { strict: false })
    .prepare(call.caseId!, call.req.actor!, call.body);
  return call.runner.run(call.req, call.res, call.caseId, type, call.body, {}, { prepare });
}
