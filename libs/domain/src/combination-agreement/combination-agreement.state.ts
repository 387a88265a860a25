import type { IsoDate } from '../core/calendar';
import { CombinedArea } from './combination-agreement.events';

/*
 * A combination agreement's state and the parties it needs (CDA 1998 s.5; SI 2007/1830).
 */
/**
 * DOMAIN.md §4.3: Requested → SignedByAllRAs → EnteredByPCC(s) [→ EnteredBySoS] → InForce →
 * Varied* → Terminated. Signatures and entries may arrive in any order; InForce checks them all.
 */
export type CombinationAgreementState =
  | { status: 'none' }
  | {
      status: 'requested' | 'in_force' | 'terminated';
      forceArea: string;
      areas: CombinedArea[];
      policeAreas: string[];
      crossForce: boolean;
      responsibleAuthorities: string[];
      signedBy: string[];
      pccsEntered: string[];
      secretaryOfStateJoined: boolean;
      inForceOn: IsoDate | null;
      variations: number;
    };

export const uniq = (xs: string[]): string[] => [...new Set(xs)];
