import { getMetadataStorage, type MetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Grouped = Record<string, ValidationMetadata[]>;

const cached = new WeakSet<MetadataStorage>();

/**
 * class-validator works out, on every validated object (nested ones included), which rules
 * apply to its class: it filters the class's rules and walks every registered class to find
 * its ancestors. The answer only changes when a rule is registered, so it is kept per class
 * and options until the next registration. Validation with groups is left uncached: the
 * API validates without them. The cached arrays are handed out as they are; class-validator
 * only reads them.
 */
export function cacheValidationMetadata(storage: MetadataStorage = getMetadataStorage()): void {
  if (cached.has(storage)) return;
  cached.add(storage);
  const byTarget = new Map<unknown, Map<string, ValidationMetadata[]>>();
  const grouped = new WeakMap<ValidationMetadata[], Grouped>();
  const targetMetadatas = storage.getTargetValidationMetadatas.bind(storage);
  const groupByPropertyName = storage.groupByPropertyName.bind(storage);

  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (groups && groups.length > 0) return targetMetadatas(target, schema, always, strictGroups, groups);
    let forTarget = byTarget.get(target);
    if (!forTarget) byTarget.set(target, (forTarget = new Map()));
    const key = `${always}|${strictGroups}|${typeof schema}|${schema}`;
    let found = forTarget.get(key);
    if (!found) {
      found = targetMetadatas(target, schema, always, strictGroups, groups);
      forTarget.set(key, found);
      grouped.set(found, groupByPropertyName(found));
    }
    return found;
  };
  storage.groupByPropertyName = (metadata) => grouped.get(metadata) ?? groupByPropertyName(metadata);

  // A rule registered later (a class loaded later) may apply to a class already cached, as an ancestor's rule.
  const forget = <A extends unknown[]>(add: (...args: A) => void) => {
    const original = add.bind(storage);
    return (...args: A): void => {
      original(...args);
      byTarget.clear();
    };
  };
  storage.addValidationMetadata = forget(storage.addValidationMetadata);
  storage.addValidationSchema = forget(storage.addValidationSchema);
  storage.addConstraintMetadata = forget(storage.addConstraintMetadata);
}
