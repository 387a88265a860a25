/**
 * `Buffer` for the single-file build (injected wherever the verifier names it): Node's
 * own under Node, the `buffer` package's in a browser.
 */
import { Buffer as Polyfill } from 'buffer';

const host = globalThis as { Buffer?: typeof Buffer };
const SharedBuffer: typeof Buffer = host.Buffer ?? (Polyfill as unknown as typeof Buffer);

export { SharedBuffer as Buffer };
