import type { OperationModel } from './api-model.ts';

/** What an operation does to a collection's state. */
export type CollectionRole = 'create' | 'list' | 'read' | 'update' | 'delete';

/** A collection-shaped pair of paths: `POST /things` creates what `/things/{id}` names. */
export interface Collection {
  readonly collectionPath: string;
  readonly itemPath: string;
  /** The item path's last parameter: the record's id. */
  readonly idParameter: string;
  /** The collection's name, for finding the list in a list answer: `things`. */
  readonly noun: string;
}

export interface CollectionOperation {
  readonly collection: Collection;
  readonly role: CollectionRole;
}

/**
 * Finds the collections of an API: a path with a POST, and a path that is it plus one parameter
 * segment (`/things` and `/things/{id}`; `/Messages.json` and `/Messages/{Sid}.json`). Only such
 * pairs keep state: a read-only path answers from the spec.
 */
export function findCollections(
  operations: readonly OperationModel[],
): Map<OperationModel, CollectionOperation> {
  const byPath = new Map<string, OperationModel[]>();
  for (const operation of operations) {
    const list = byPath.get(operation.path) ?? [];
    list.push(operation);
    byPath.set(operation.path, list);
  }
  // Keyed by the operation itself: a vendor spec may leave operationIds out or repeat them.
  const roles = new Map<OperationModel, CollectionOperation>();
  for (const [path, members] of byPath) {
    const create = members.find((operation) => operation.method === 'POST');
    if (!create) continue;
    const { stem, extension } = splitExtension(path.replace(/\/$/, ''));
    const itemPattern = new RegExp(
      `^${escapeRegExp(stem)}/\\{([^}/]+)\\}${escapeRegExp(extension)}/?$`,
    );
    for (const [itemPath, itemMembers] of byPath) {
      const match = itemPattern.exec(itemPath);
      if (!match) continue;
      const collection: Collection = {
        collectionPath: path,
        itemPath,
        idParameter: match[1] as string,
        noun: stem.slice(stem.lastIndexOf('/') + 1).toLowerCase(),
      };
      roles.set(create, { collection, role: 'create' });
      const list = members.find((operation) => operation.method === 'GET');
      if (list) roles.set(list, { collection, role: 'list' });
      for (const operation of itemMembers) {
        const role = itemRoles[operation.method];
        if (role) roles.set(operation, { collection, role });
      }
      break;
    }
  }
  return roles;
}

const itemRoles: Readonly<Record<string, CollectionRole>> = {
  GET: 'read',
  PUT: 'update',
  PATCH: 'update',
  POST: 'update',
  DELETE: 'delete',
};

function splitExtension(path: string): { stem: string; extension: string } {
  const match = /\.[A-Za-z0-9]+$/.exec(path);
  return match
    ? { stem: path.slice(0, match.index), extension: match[0] }
    : { stem: path, extension: '' };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
}

/** Records of every collection, in memory: keyed by the concrete collection path, then by id. */
export class CollectionStore {
  private readonly records = new Map<string, Map<string, Record<string, unknown>>>();
  private counter = 0;

  /** A fresh sequence number for the next record's id. */
  next(): number {
    this.counter += 1;
    return this.counter;
  }

  get(scope: string, id: string): Record<string, unknown> | undefined {
    return this.records.get(scope)?.get(id);
  }

  set(scope: string, id: string, record: Record<string, unknown>): void {
    let scoped = this.records.get(scope);
    if (!scoped) {
      scoped = new Map();
      this.records.set(scope, scoped);
    }
    scoped.set(id, record);
  }

  delete(scope: string, id: string): boolean {
    return this.records.get(scope)?.delete(id) ?? false;
  }

  list(scope: string): Record<string, unknown>[] {
    return [...(this.records.get(scope)?.values() ?? [])];
  }

  reset(): void {
    this.records.clear();
    this.counter = 0;
  }
}
