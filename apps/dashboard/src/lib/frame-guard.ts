/**
 * Frame busting for static hosting without headers: `frame-ancestors` in a <meta> CSP is ignored by browsers,
 * so on a server that sends no CSP or X-Frame-Options header another site could show the app in a frame
 * and trick a user into clicking (clickjacking). The app therefore refuses to start inside a frame.
 */

/** True when the page is not the top window (or the top window cannot even be compared). */
export function isFramed(w: Window): boolean {
  try {
    return w.top !== w.self;
  } catch {
    return true;
  }
}

/** Shows `message` instead of the app and tries to take the top window to the app's own address. */
export function refuseFrame(w: Window, target: HTMLElement, message: string): void {
  target.textContent = message;
  try {
    w.top!.location.href = w.location.href;
  } catch {
    // The browser blocks a framed page from navigating its parent without a click; the message stays.
  }
}
