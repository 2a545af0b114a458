/**
 * The service worker seen from the page: registers it (built app only; vite-plugin-pwa generates it at build
 * and precaches every file, so the app opens offline after the first visit) and holds whether a new version
 * is waiting. A new version never takes over by itself: the user accepts it (`update()`), and the page reloads.
 */
export class ServiceWorkerState {
  /** A new version was downloaded and waits for the user. */
  updateAvailable = $state(false);
  /** Everything is cached: the app now opens without the network. */
  offlineReady = $state(false);
  #update: ((reloadPage?: boolean) => Promise<void>) | null = null;

  /** Registers the service worker where the browser has them and this is the built app. */
  async register(): Promise<void> {
    if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
    const { registerSW } = await import('virtual:pwa-register');
    this.#update = registerSW({
      onNeedRefresh: () => (this.updateAvailable = true),
      onOfflineReady: () => (this.offlineReady = true),
    });
  }

  /** Switches to the waiting version and reloads the page. */
  async update(): Promise<void> {
    this.updateAvailable = false;
    await this.#update?.(true);
  }

  /** Keeps the current version until the next visit. */
  dismiss(): void {
    this.updateAvailable = false;
  }
}
