/** How to check that the record has not been altered: in plain words first, the technical detail last. */
import { timestampEl } from './format';
import { html, SafeHtml } from './html';
import { layout, PageContext } from './layout';

export interface IntegrityInfo {
  checkpoint: { size: number; root: string; issuedAt: string; note: string; origin: string } | null;
  key: { vkey: string; fingerprint: string; name: string } | null;
  available: boolean;
}

export function integrityPage(ctx: PageContext, info: IntegrityInfo): SafeHtml {
  const body = html`<p class="lead">
      What this means for you: every act in this ledger is kept exactly as it was first recorded. Nothing can be
      changed, removed or slipped in later without the check below failing, and nobody, the ledger's operators included,
      can quietly rewrite the record.
    </p>
    <h2>What the check tells you</h2>
    <ul class="plain-list">
      <li>That each act you downloaded is the act the ledger recorded, word for word.</li>
      <li>That no act of a case was left out or put in the wrong order.</li>
      <li>
        That the record was signed by the ledger's own key, which you can compare with the one the office publishes.
      </li>
    </ul>
    <p>
      The check cannot tell you whether what was recorded is correct: a wrong fact stays in the record, and a correction
      is added beside it, never over it.
    </p>
    ${info.available ? '' : html`<p class="callout">This server does not publish its signed record yet.</p>`}
    <h2>How to check a case</h2>
    <ol>
      <li>Open the case and choose "Download the evidence file".</li>
      <li>
        Choose the file below and press "Check the chosen file". The key is filled in from this server; for real
        assurance, paste the key the office published.
      </li>
      <li>
        The answer says in plain words whether the file is exactly what the ledger recorded, and if not, what is wrong.
      </li>
    </ol>
    <h2 id="check-file">Check an evidence file in this browser</h2>
    ${checkTool(info)} ${technicalDetail(info)}`;
  return layout(ctx, 'Integrity', body, {
    timeTravel: false,
    crumbs: [{ text: 'Home', href: '/' }, { text: 'Integrity' }],
  });
}

/** The in-browser check: the page's script runs the same verifier as `ledger verify` on a chosen file. */
function checkTool(info: IntegrityInfo): SafeHtml {
  return html`<div class="verify-tool" data-verify-tool data-export-url="" data-vkey="${info.key?.vkey ?? ''}">
    <noscript><p>Checking in the browser needs JavaScript.</p></noscript>
    <div class="field">
      <label for="verify-key">The log's public key</label
      ><textarea id="verify-key" name="key" rows="2" spellcheck="false">${info.key?.vkey ?? ''}</textarea>
    </div>
    <div class="field">
      <label for="verify-earlier">An earlier checkpoint you hold (optional)</label>
      <p class="hint" id="verify-earlier-hint">
        Paste a signed note published before: the check then shows the log only grew since.
      </p>
      <textarea id="verify-earlier" rows="4" spellcheck="false" aria-describedby="verify-earlier-hint"></textarea>
    </div>
    <div class="field">
      <label for="verify-file">Evidence file</label
      ><input
        type="file"
        id="verify-file"
        accept=".jsonl,.json,.txt,application/x-ndjson,application/json,text/plain"
      />
    </div>
    <p><button type="button" class="button" data-action="verify-file">Check the chosen file</button></p>
    <div class="verify-result" role="status" aria-live="polite" data-testid="verify-result"></div>
  </div>`;
}

/** The checkpoint, the key and the offline checker, for those who want the detail. */
function technicalDetail(info: IntegrityInfo): SafeHtml {
  return html`<section data-technical="true" aria-labelledby="technical-heading">
    <h2 id="technical-heading">For those who want the technical detail</h2>
    <p>
      Each act is stored as the exact bytes first written and fingerprinted (SHA-256) into a Merkle tree, as Certificate
      Transparency does (RFC 9162). The ledger signs the tree's head, a "checkpoint", with an Ed25519 key.
    </p>
    <h3 class="heading-s">Latest signed checkpoint</h3>
    ${
      info.checkpoint
        ? html`<dl class="summary">
              <div>
                <dt>Log</dt>
                <dd><code>${info.checkpoint.origin}</code></dd>
              </div>
              <div>
                <dt>Entries</dt>
                <dd>${info.checkpoint.size}</dd>
              </div>
              <div>
                <dt>Root</dt>
                <dd><code class="hash">${info.checkpoint.root}</code></dd>
              </div>
              <div>
                <dt>Signed</dt>
                <dd>${timestampEl(info.checkpoint.issuedAt)}</dd>
              </div>
            </dl>
            <h4 class="heading-s">The signed note, exactly as published</h4>
            <pre class="note"><code>${info.checkpoint.note}</code></pre>`
        : html`<p class="empty">No checkpoint has been issued yet.</p>`
    }
    <h3 class="heading-s">The log's public key</h3>
    ${
      info.key
        ? html`<dl class="summary">
              <div>
                <dt>Key</dt>
                <dd><code class="hash" data-testid="vkey">${info.key.vkey}</code></dd>
              </div>
              <div>
                <dt>Fingerprint (SHA-256)</dt>
                <dd><code class="hash">${info.key.fingerprint}</code></dd>
              </div>
            </dl>
            <p>
              Compare the fingerprint with the one the office publishes in its committee papers or on its website. A key
              that arrives inside an evidence file is never trusted.
            </p>`
        : html`<p class="empty">Not available.</p>`
    }
    <p>
      On your own computer, with nothing but Node 22 or later: download the one-file checker
      <a href="/ui/static/verify-ledger.mjs" download data-testid="verifier-download">verify-ledger.mjs</a> (the same
      code as this page's check) and run
      <code>node verify-ledger.mjs the-file.jsonl --key '${info.key?.vkey ?? '<the public key>'}'</code>. With the
      ledger installed, <code>ledger verify</code> takes the same arguments.
    </p>
  </section>`;
}
