import { canEdit, editableWorkspaces, type Me } from '../../shared/auth';

/** Whether to offer "add" links (the server decides; this only hides what would be refused). */
export function canCreate(me: Me): boolean {
  if (!me.user) return false;
  return me.user.isAdmin || editableWorkspaces(me).length > 0 || me.coordinatedNetworkIds.length > 0;
}

/** Editors of the record's workspace, and coordinators of the network the record belongs to. */
export function canChange(me: Me, record: Record<string, unknown>): boolean {
  if (canEdit(me, record)) return true;
  const network = record.networkId;
  return typeof network === 'string' && me.coordinatedNetworkIds.includes(network);
}
