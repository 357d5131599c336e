import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useAuth } from '../../shared/auth';

/** The networks, ecosystems and competences the user may see, to filter organisations by. */
export function useFilterOptions() {
  const { me, ready } = useAuth();
  const options = useApi(ready ? `filter-options-${me.user?.id ?? 'anonymous'}` : null, async () => {
    const [networks, ecosystems, competences] = await Promise.all([
      api.getAll('/networks', { query: { sort: 'nameFi' } }),
      api.getAll('/ecosystems', { query: { sort: 'nameFi' } }),
      api.getAll('/competences', { query: { sort: 'nameFi' } }),
    ]);
    return { networks, ecosystems, competences };
  });
  return options.data;
}
