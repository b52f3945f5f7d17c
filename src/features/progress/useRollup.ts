import { useEffect } from 'preact/hooks';
import { useServices } from '../../context/services';

/** The roll-up model, with its stored summaries, quotas and the commune list loaded while a roll-up page is open. */
export function useRollup() {
  const { rollup } = useServices();
  useEffect(() => void rollup.activate(), []);
  return rollup;
}
