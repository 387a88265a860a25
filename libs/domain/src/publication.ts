import type { IsoDate } from './core/calendar';

/**
 * A document made public: many acts end in publishing a report, a response, minutes or a plan, and the ledger
 * keeps the same two facts for each. The url is null when the source names none.
 */
export interface Publication {
  url: string | null;
  publishedOn: IsoDate;
}

/** What a publish command gives: the url when there is one (the date is the command's own). */
export interface PublicationUrl {
  url?: string | null;
}
