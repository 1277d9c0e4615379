/**
 * How the browser tests and the benchmark start Debian's Chromium (see ../shared/TOOLCHAIN.md):
 * software WebGL, and no background traffic to the internet.
 */

/** The Chromium binary; `ROADBOARD_CHROMIUM` overrides Debian's. */
export const CHROMIUM_PATH = process.env.ROADBOARD_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
