/*
 * Governance Ledger viewer: "Verify this case" and "Check the chosen file" check an evidence
 * file in the browser with verify-ledger.mjs (the single-file build of libs/audit/src/verify,
 * which sets window.LedgerVerify), and say the outcome in plain words. Kept apart from
 * viewer.js, which handles sign-in and navigation, and calls window.LedgerViewerCheck.verify.
 */
(function () {
  'use strict';

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function showResult(box, report, source) {
    box.textContent = '';
    if (report.ok) {
      box.appendChild(el('p', 'Verified: ' + source + ' is exactly what the ledger recorded.', 'outcome outcome--ok'));
      var ul = el('ul');
      ul.appendChild(
        el(
          'li',
          'The checkpoint of ' +
            report.treeSize +
            ' entries of the log ' +
            report.origin +
            ' carries a valid signature by the key you gave (' +
            report.verifiedBy.join(', ') +
            '), whose fingerprint is ' +
            report.keyFingerprint +
            '.',
        ),
      );
      ul.appendChild(
        el(
          'li',
          'All ' +
            report.events +
            ' records hash correctly, and each sits in the signed log (RFC 9162 inclusion proofs).',
        ),
      );
      report.streams.forEach(function (s) {
        ul.appendChild(
          el(
            'li',
            'Case ' +
              s.stream +
              ': records ' +
              s.firstRevision +
              ' to ' +
              s.lastRevision +
              ' form an unbroken chain' +
              (s.complete ? ', and none was left out up to the checkpoint.' : '.'),
          ),
        );
      });
      (report.consistency || []).forEach(function (c) {
        ul.appendChild(
          el(
            'li',
            'The log as it stood at ' +
              c.fromSize +
              ' entries is the start of this one: nothing before it was rewritten.',
          ),
        );
      });
      if (report.consistentWithEarlier)
        ul.appendChild(el('li', 'The log only grew since the earlier checkpoint you gave: nothing was rewritten.'));
      ul.appendChild(
        el(
          'li',
          'The file is sealed by the same key: what it says was exported, and every line, are exactly as the ledger wrote them.',
        ),
      );
      box.appendChild(ul);
      if (report.notes.length) {
        box.appendChild(el('h4', 'Notes', 'heading-s'));
        var nl = el('ul');
        report.notes.forEach(function (n) {
          nl.appendChild(el('li', n));
        });
        box.appendChild(nl);
      }
    } else {
      box.appendChild(
        el(
          'p',
          'Failed: ' + source + ' is not what the ledger recorded, or it cannot be checked.',
          'outcome outcome--fail',
        ),
      );
      box.appendChild(el('p', 'What went wrong:'));
      var fl = el('ul');
      report.failures.forEach(function (f) {
        fl.appendChild(el('li', f));
      });
      box.appendChild(fl);
    }
    box.setAttribute('data-outcome', report.ok ? 'verified' : 'failed');
  }

  // The verifier (about 180 KB) is fetched only when someone checks a file.
  function loadVerifier() {
    if (window.LedgerVerify) return Promise.resolve(window.LedgerVerify);
    return import('/ui/static/verify-ledger.mjs').then(
      function () {
        return window.LedgerVerify;
      },
      function () {
        throw new Error('The verifier did not load. Use the ledger verify command instead.');
      },
    );
  }

  function verify(tool, fromFile, key) {
    if (!tool) return;
    var box = tool.querySelector('.verify-result');
    var keyText = (tool.querySelector('#verify-key') || {}).value || '';
    var earlier = (tool.querySelector('#verify-earlier') || {}).value || '';
    box.removeAttribute('data-outcome');
    box.textContent = '';
    box.appendChild(el('p', 'Checking...', 'outcome outcome--working'));
    var getText;
    var source;
    if (fromFile) {
      var input = tool.querySelector('#verify-file');
      var file = input && input.files && input.files[0];
      if (!file) {
        box.textContent = '';
        box.appendChild(el('p', 'Choose an evidence file first.', 'outcome outcome--fail'));
        box.setAttribute('data-outcome', 'failed');
        return;
      }
      source = 'the file ' + file.name;
      getText = file.text();
    } else {
      var url = tool.getAttribute('data-export-url');
      var headers = {};
      if (!url && key) {
        url = tool.getAttribute('data-staff-export-url');
        headers.Authorization = 'Bearer ' + key;
      }
      if (!url) {
        box.textContent = '';
        box.appendChild(
          el(
            'p',
            'The evidence file of this case is not public. Check a file an auditor gave you instead.',
            'outcome outcome--fail',
          ),
        );
        box.setAttribute('data-outcome', 'failed');
        return;
      }
      source = 'the evidence file of this case';
      getText = fetch(url, { headers: headers, cache: 'no-store' }).then(function (res) {
        if (!res.ok)
          return res.text().then(function (t) {
            var d;
            try {
              d = JSON.parse(t).detail;
            } catch (e) {
              d = null;
            }
            throw new Error('the server did not give the evidence file (' + res.status + (d ? ': ' + d : '') + ')');
          });
        return res.text();
      });
    }
    Promise.all([getText, loadVerifier()])
      .then(function (got) {
        return got[1].verifyText(got[0], {
          trustedKeys: keyText.split(/\r?\n/),
          earlierCheckpoint: earlier.trim() ? earlier.replace(/\r\n/g, '\n').replace(/\n*$/, '\n') : undefined,
        });
      })
      .then(function (report) {
        showResult(box, report, source);
      })
      .catch(function (e) {
        showResult(
          box,
          { ok: false, failures: [String(e && e.message ? e.message : e)], notes: [], streams: [], verifiedBy: [] },
          source,
        );
      });
  }

  window.LedgerViewerCheck = { verify: verify };
})();
