/*
 * Governance Ledger viewer: progressive enhancement only. Every page works without this
 * script (anonymous, open records). With it:
 *  - staff sign in with an API key kept in sessionStorage (this tab only, never in a URL);
 *    pages are then fetched with "Authorization: Bearer <key>" and the server renders them
 *    for that key; the new page replaces the body, history and focus are handled;
 *  - "Verify this case" checks the evidence file in the browser (viewer-check.js).
 */
(function () {
  'use strict';
  var STORE = 'ledger.apiKey';
  var RETURN = 'ledger.returnTo';

  function getKey() {
    try {
      return sessionStorage.getItem(STORE);
    } catch (e) {
      return null;
    }
  }
  function setKey(k) {
    try {
      sessionStorage.setItem(STORE, k);
    } catch (e) {
      /* private mode: stays signed out */
    }
  }
  function clearKey() {
    try {
      sessionStorage.removeItem(STORE);
    } catch (e) {
      /* nothing kept */
    }
  }

  function isViewerPath(url) {
    if (url.origin !== location.origin) return false;
    if (url.pathname.indexOf('/ui/static/') === 0 || /\.jsonl$/.test(url.pathname)) return false;
    return url.pathname === '/' || url.pathname.indexOf('/ui/') === 0 || url.pathname === '/ui';
  }

  function announce(text) {
    var r = document.getElementById('viewer-announce');
    if (!r) {
      r = document.createElement('div');
      r.id = 'viewer-announce';
      r.className = 'visually-hidden';
      r.setAttribute('role', 'status');
      r.setAttribute('aria-live', 'polite');
      document.body.appendChild(r);
    }
    r.textContent = '';
    setTimeout(function () {
      r.textContent = text;
    }, 50);
  }

  var loading = 0;
  /** Fetches a viewer page (with the key when signed in) and shows it in place. */
  function load(href, opts) {
    opts = opts || {};
    var key = getKey();
    var headers = { 'X-Requested-With': 'ledger-viewer' };
    if (key) headers.Authorization = 'Bearer ' + key;
    var mine = ++loading;
    document.documentElement.setAttribute('data-loading', 'true');
    var main = document.getElementById('main');
    if (main) main.setAttribute('aria-busy', 'true');
    return fetch(href, { headers: headers, credentials: 'same-origin', cache: 'no-store', redirect: 'follow' })
      .then(function (res) {
        if (res.status === 401 && key) {
          clearKey();
          try {
            sessionStorage.setItem(
              'ledger.signInMessage',
              'Your key was not accepted (it may have been revoked). Sign in again.',
            );
          } catch (e) {
            /* ignore */
          }
          return load('/ui/sign-in', { push: true, focus: true });
        }
        var type = res.headers.get('content-type') || '';
        if (type.indexOf('text/html') < 0) {
          location.assign(href);
          return null;
        }
        return res.text().then(function (text) {
          if (mine !== loading) return null;
          var doc = new DOMParser().parseFromString(text, 'text/html');
          document.title = doc.title;
          document.body.innerHTML = doc.body.innerHTML;
          var finalUrl = res.url || href;
          var hash = new URL(href, location.href).hash;
          if (hash && finalUrl.indexOf('#') < 0) finalUrl += hash;
          if (opts.push) history.pushState({ viewer: true }, '', finalUrl);
          else if (opts.replace) history.replaceState({ viewer: true }, '', finalUrl);
          enhance();
          var target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
          if (target) {
            target.scrollIntoView();
          } else if (opts.focus) {
            var h1 = document.querySelector('main h1');
            if (h1) {
              h1.setAttribute('tabindex', '-1');
              h1.focus();
            }
            window.scrollTo(0, 0);
          }
          if (opts.focus) announce(doc.title);
          document.documentElement.setAttribute('data-staff-view', key ? 'true' : 'false');
          return null;
        });
      })
      .catch(function () {
        location.assign(href);
      })
      .then(function () {
        if (mine === loading) document.documentElement.removeAttribute('data-loading');
      });
  }

  // ------------------------------------------------------------------ navigation while signed in

  document.addEventListener('click', function (ev) {
    var el = ev.target instanceof Element ? ev.target : null;
    if (!el) return;
    var action = el.closest('[data-action]');
    if (action) return onAction(ev, action);
    var a = el.closest('a[href]');
    if (!a) return;
    var url = new URL(a.getAttribute('href'), location.href);
    if (url.pathname === '/ui/sign-in' && location.pathname !== '/ui/sign-in') {
      try {
        sessionStorage.setItem(RETURN, location.pathname + location.search);
      } catch (e) {
        /* ignore */
      }
    }
    if (!getKey()) return;
    if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    if (a.hasAttribute('download') || (a.target && a.target !== '_self')) return;
    if (!isViewerPath(url)) return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return; // same page anchor
    ev.preventDefault();
    load(url.href, { push: true, focus: true });
  });

  document.addEventListener('submit', function (ev) {
    var form = ev.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (form.id === 'sign-in-form') {
      ev.preventDefault();
      return signIn(form);
    }
    if (!getKey() || (form.method || 'get').toLowerCase() !== 'get') return;
    var url = new URL(form.getAttribute('action') || location.pathname, location.href);
    if (!isViewerPath(url)) return;
    ev.preventDefault();
    var params = new URLSearchParams();
    new FormData(form).forEach(function (v, k) {
      if (typeof v === 'string' && v !== '') params.append(k, v);
    });
    url.search = params.toString();
    load(url.href, { push: true, focus: true });
  });

  window.addEventListener('popstate', function () {
    if (getKey()) load(location.href, { focus: true });
  });

  // ------------------------------------------------------------------ sign in and out

  function showSignInError(message) {
    var box = document.getElementById('sign-in-error');
    var text = document.getElementById('sign-in-error-text');
    var input = document.getElementById('api-key');
    if (!box || !text) return;
    text.textContent = message;
    box.hidden = false;
    if (input) input.setAttribute('aria-invalid', 'true');
    box.focus();
  }

  function signIn(form) {
    var input = form.querySelector('#api-key');
    var k = input ? input.value.trim() : '';
    if (!k) return showSignInError('Enter your API key');
    if (!/^[A-Za-z0-9_-]{1,200}$/.test(k))
      return showSignInError('An API key has only letters, digits, hyphens and underscores');
    var button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    fetch('/ui/session', { headers: { Authorization: 'Bearer ' + k }, cache: 'no-store' })
      .then(function (res) {
        if (!res.ok) throw new Error('rejected');
        return res.json();
      })
      .then(function (who) {
        setKey(k);
        if (input) input.value = '';
        var back = '/';
        try {
          back = sessionStorage.getItem(RETURN) || '/';
          sessionStorage.removeItem(RETURN);
        } catch (e) {
          /* ignore */
        }
        if (!/^\/(?!\/)/.test(back) || back.indexOf('/ui/sign-in') === 0) back = '/';
        announce('Signed in as ' + who.name);
        return load(back, { push: true, focus: true });
      })
      .catch(function () {
        if (button) button.disabled = false;
        showSignInError('The key was not recognised, or it has been revoked');
      });
  }

  function onAction(ev, el) {
    var action = el.getAttribute('data-action');
    if (action === 'sign-out') {
      ev.preventDefault();
      clearKey();
      announce('Signed out');
      return load(location.href, { replace: true, focus: true });
    }
    if (action === 'staff-download') {
      ev.preventDefault();
      return staffDownload(el);
    }
    if (action === 'verify-export' || action === 'verify-file') {
      ev.preventDefault();
      return window.LedgerViewerCheck.verify(el.closest('[data-verify-tool]'), action === 'verify-file', getKey());
    }
  }

  /** A staff export (PDF, CSV or evidence file): fetched with the key in a header, saved under the server's file name. */
  function staffDownload(link) {
    var key = getKey();
    if (!key) return location.assign('/ui/sign-in');
    announce('Preparing the download');
    fetch(link.getAttribute('href'), { headers: { Authorization: 'Bearer ' + key }, cache: 'no-store' })
      .then(function (res) {
        if (!res.ok) throw new Error('The server refused the export (' + res.status + ').');
        var m = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') || '');
        return res.blob().then(function (b) {
          return { blob: b, name: m ? m[1] : 'export' };
        });
      })
      .then(function (f) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(f.blob);
        a.download = f.name;
        document.body.appendChild(a);
        a.click();
        setTimeout(function () {
          URL.revokeObjectURL(a.href);
          a.remove();
        }, 1000);
        announce('Downloaded ' + f.name);
      })
      .catch(function (e) {
        announce(String(e && e.message ? e.message : e));
      });
  }

  // ------------------------------------------------------------------ page set-up

  function enhance() {
    var form = document.getElementById('sign-in-form');
    if (form) {
      form.hidden = false;
      var msg = null;
      try {
        msg = sessionStorage.getItem('ledger.signInMessage');
        sessionStorage.removeItem('ledger.signInMessage');
      } catch (e) {
        /* ignore */
      }
      if (msg) showSignInError(msg);
    }
  }

  // Committee papers: print with every "What was recorded" section open.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = Array.prototype.filter.call(document.querySelectorAll('details:not([open])'), function (d) {
      d.open = true;
      return true;
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) {
      d.open = false;
    });
    opened = [];
  });

  function start() {
    enhance();
    if (getKey()) {
      // Render this page for the key (the server sent the public view).
      document.documentElement.setAttribute('data-staff-view', 'pending');
      load(location.href, { replace: true });
    } else {
      document.documentElement.setAttribute('data-staff-view', 'false');
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
