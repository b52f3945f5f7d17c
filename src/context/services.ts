import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * What the composition root (`app/services.ts`) hands to components: models and
 * a few functions, never a repository, the database or the write guard.
 *
 * This leaf imports no feature and no app code, so it cannot list their model
 * types itself. Each part declares the model it owns where it builds it, by
 * declaration merging:
 *
 *   declare module '../../context/services' { interface Services { registry: RegistryModel } }
 *
 * and `createServices()` is typed to return `Services`, so a model a component
 * reads that the root does not build, or builds with another shape, fails the
 * typecheck.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by declaration merging, see above
export interface Services {}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesContext.Provider>');
  return services;
}
