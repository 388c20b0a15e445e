/** The configured provider adapters of one kind (payments, payouts). */
export interface ProviderRegistry<Name extends string, Provider> {
  /** The provider, or null when its settings are not there (it is then simply not offered). */
  get(name: Name): Provider | null;
}

/**
 * Adapters built on first use and kept for as long as their settings object (the process's
 * services): each holds an SDK or HTTP client with its own connection pool.
 */
export function providerRegistry<Settings extends object, Name extends string, Provider>(
  build: (settings: Settings, name: Name) => Provider | null,
): (settings: Settings) => ProviderRegistry<Name, Provider> {
  const bySettings = new WeakMap<Settings, ProviderRegistry<Name, Provider>>();
  return (settings) => {
    const known = bySettings.get(settings);
    if (known) return known;
    const built = new Map<Name, Provider>();
    const registry: ProviderRegistry<Name, Provider> = {
      get(name) {
        const cached = built.get(name);
        if (cached) return cached;
        const provider = build(settings, name);
        if (provider) built.set(name, provider);
        return provider;
      },
    };
    bySettings.set(settings, registry);
    return registry;
  };
}
