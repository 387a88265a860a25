/** The filter forms of the registers: every field keeps the time view of the page it filters. */
import { processName } from './format';
import { html, SafeHtml } from './html';
import { PageContext, viewHref } from './layout';

export const PROCESSES = [
  'AnnualReport',
  'ChiefConstableAppointment',
  'CombinationAgreement',
  'CommissionerOffice',
  'CommunitySafetyPartnership',
  'Complaint',
  'CspMeetingSummons',
  'CspReportRequirement',
  'DecisionRegister',
  'DeputyCommissioner',
  'Grant',
  'InterestsRegister',
  'PanelMeeting',
  'PanelReport',
  'PoliceAndCrimePanel',
  'PoliceAndCrimePlan',
  'PreceptCycle',
  'RecordCoverage',
  'ScrutinyRequirement',
  'SeniorAppointment',
];

export function hiddenView(ctx: PageContext): SafeHtml {
  return html`${ctx.view.asAt ? html`<input type="hidden" name="asAt" value="${ctx.view.asAt}" />` : ''}${ctx.view.recordedOn ? html`<input type="hidden" name="recordedOn" value="${ctx.view.recordedOn}" />` : ''}`;
}

export function select(
  id: string,
  label: string,
  options: Array<[string, string]>,
  value: string | undefined,
): SafeHtml {
  return html`<div class="field">
    <label for="${id}">${label}</label
    ><select id="${id}" name="${id.replace(/^f-/, '')}">
      ${options.map(([v, t]) => html`<option value="${v}" ${(value ?? '') === v ? html`selected` : ''}>${t}</option>`)}
    </select>
  </div>`;
}

export function dateInput(id: string, label: string, value: string | undefined): SafeHtml {
  return html`<div class="field">
    <label for="${id}">${label}</label
    ><input
      type="date"
      id="${id}"
      name="${id.replace(/^f-/, '')}"
      value="${value ?? ''}"
      min="1990-01-01"
      max="2099-12-31"
    />
  </div>`;
}

export function textInput(id: string, label: string, value: string | undefined, hint?: string): SafeHtml {
  return html`<div class="field">
    <label for="${id}">${label}</label>${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}<input
      type="text"
      id="${id}"
      name="${id.replace(/^f-/, '')}"
      value="${value ?? ''}"
      spellcheck="false"
      autocomplete="off"
      ${hint ? html`aria-describedby="${id}-hint"` : ''}
    />
  </div>`;
}

export function filterForm(ctx: PageContext, fields: SafeHtml[]): SafeHtml {
  return html`<form class="filters" method="get" action="${ctx.path}" aria-labelledby="filters-heading">
    <h2 id="filters-heading" class="heading-s">Filter</h2>
    ${hiddenView(ctx)}
    <div class="filters__fields">${fields}</div>
    <div class="actions">
      <button type="submit" class="button">Apply filters</button>
      <a class="link-button" href="${viewHref(ctx, ctx.path)}">Clear filters</a>
    </div>
  </form>`;
}

export const processOptions = (): Array<[string, string]> => [
  ['', 'All processes'],
  ...PROCESSES.map((p): [string, string] => [p, processName(p)]),
];
