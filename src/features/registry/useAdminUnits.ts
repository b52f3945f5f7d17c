import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import type { AdminUnits } from '../../domain/admin-units';

/** The administrative units once their lazy chunk has loaded (null until then: show codes meanwhile). */
export function useAdminUnits(): AdminUnits | null {
  const { loadAdminUnits } = useServices();
  const [units, setUnits] = useState<AdminUnits | null>(null);
  useEffect(() => {
    let live = true;
    void loadAdminUnits().then((u) => live && setUnits(u));
    return () => {
      live = false;
    };
  }, []);
  return units;
}
