import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import type { AdminUnits } from '../../domain/admin-units';

/**
 * The administrative units once their lazy chunk has loaded (null until then: show codes meanwhile).
 * `wanted` false defers the load: an empty registry names no commune, and start-up should not pay for them.
 */
export function useAdminUnits(wanted = true): AdminUnits | null {
  const { loadAdminUnits } = useServices();
  const [units, setUnits] = useState<AdminUnits | null>(null);
  useEffect(() => {
    let live = true;
    if (wanted) void loadAdminUnits().then((u) => live && setUnits(u));
    return () => {
      live = false;
    };
  }, [wanted]);
  return units;
}
