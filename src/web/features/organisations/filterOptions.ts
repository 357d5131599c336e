import { getAll } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useAuth } from '../../shared/auth';

type Named = { id: string; nameFi: string; nameSv?: string | null; nameEn?: string | null } & Record<
  string,
  unknown
>;
export type FilterOptions = { networks: Named[]; ecosystems: Named[]; competences: Named[] };

/** The networks, ecosystems and competences the user may see, to filter organisations by. */
export function useFilterOptions(): FilterOptions | undefined {
  const { me, ready } = useAuth();
  const options = useApi(ready ? `filter-options-${me.user?.id ?? 'anonymous'}` : null, async () => {
    const [networks, ecosystems, competences] = await Promise.all([
      getAll<Named>('/networks', { sort: 'nameFi' }),
      getAll<Named>('/ecosystems', { sort: 'nameFi' }),
      getAll<Named>('/competences', { sort: 'nameFi' }),
    ]);
    return { networks, ecosystems, competences };
  });
  return options.data;
}
