/**
 * Schema evolution. Stored events are never rewritten; an upcaster turns the data of
 * (type, schemaVersion) into the data of schemaVersion + 1 when it is read. Chains
 * run until the current version is reached.
 */
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

export class UpcasterRegistry {
  private readonly upcasters = new Map<string, Upcaster>();

  register(type: string, fromVersion: number, upcast: Upcaster): this {
    const key = `${type}@${fromVersion}`;
    if (this.upcasters.has(key)) throw new Error(`Upcaster for ${key} is registered twice`);
    this.upcasters.set(key, upcast);
    return this;
  }

  /** Brings (type, version, data) up to the latest registered version. */
  upcast(
    type: string,
    schemaVersion: number,
    data: Record<string, unknown>,
  ): { schemaVersion: number; data: Record<string, unknown> } {
    let v = schemaVersion;
    let d = data;
    for (let up = this.upcasters.get(`${type}@${v}`); up; up = this.upcasters.get(`${type}@${v}`)) {
      d = up(d);
      v += 1;
    }
    return { schemaVersion: v, data: d };
  }
}
