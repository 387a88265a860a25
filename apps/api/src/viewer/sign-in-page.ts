import { html, SafeHtml } from './html';
import { layout, PageContext } from './layout';

/** Staff sign in: the form shows only with the script, which keeps the key in this tab's session storage. */
export function signInPage(ctx: PageContext): SafeHtml {
  const body = html`<p class="lead">
      Staff of a PCC office, a panel or a partnership can see the exempt records of their own force area.
    </p>
    <div class="callout">
      <p>
        Your API key is kept in this browser tab only (session storage) and is sent in a request header. It is never put
        in a link, so it cannot leak through browser history, bookmarks or shared links. Closing the tab signs you out.
      </p>
    </div>
    <noscript
      ><p class="callout callout--error">
        Signing in needs JavaScript in this browser. Without it you see open records only.
      </p></noscript
    >
    <form class="sign-in" id="sign-in-form" method="post" action="/ui/sign-in" novalidate hidden>
      <div class="error-summary" role="alert" tabindex="-1" id="sign-in-error" hidden>
        <h2 class="heading-s">There is a problem</h2>
        <p><a href="#api-key" id="sign-in-error-text">Enter your API key</a></p>
      </div>
      <div class="field">
        <label for="api-key">API key</label>
        <p class="hint" id="api-key-hint">It was given to you by your administrator.</p>
        <input
          type="password"
          id="api-key"
          name="key"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="api-key-hint"
          required
        />
      </div>
      <button type="submit" class="button">Sign in</button>
    </form>`;
  return layout(ctx, 'Staff sign in', body, { timeTravel: false });
}
