import { IsInt, IsString, MetadataStorage, registerDecorator, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './validation-cache';

/** A private storage, so that the global one the other specs read is left as it is. */
function storageWithCache(): MetadataStorage {
  const storage = new MetadataStorage();
  cacheValidationMetadata(storage);
  return storage;
}

describe('cacheValidationMetadata', () => {
  it('answers what class-validator answers, and the same array each time', () => {
    class Base {
      @IsString() name!: string;
    }
    class Child extends Base {
      @IsInt() count!: number;
    }
    const plain = new MetadataStorage();
    const cached = new MetadataStorage();
    for (const m of (
      global as unknown as { classValidatorMetadataStorage: MetadataStorage }
    ).classValidatorMetadataStorage.getTargetValidationMetadatas(Child, '', false, false))
      for (const s of [plain, cached]) s.addValidationMetadata(m);
    cacheValidationMetadata(cached);
    const first = cached.getTargetValidationMetadatas(Child, '', false, false);
    expect(first).toEqual(plain.getTargetValidationMetadatas(Child, '', false, false));
    expect(cached.getTargetValidationMetadatas(Child, '', false, false)).toBe(first);
    expect(cached.groupByPropertyName(first)).toEqual(plain.groupByPropertyName(first));
  });

  it('sees a rule registered after a class was cached, on that class or on an ancestor', () => {
    class Parent {}
    class Kid extends Parent {}
    const storage = storageWithCache();
    expect(storage.getTargetValidationMetadatas(Kid, '', false, false)).toHaveLength(0);
    const global_ = (global as unknown as { classValidatorMetadataStorage: MetadataStorage })
      .classValidatorMetadataStorage;
    class Probe {
      @IsString() parentRule!: string;
    }
    for (const m of global_.getTargetValidationMetadatas(Probe, '', false, false))
      storage.addValidationMetadata(Object.assign(Object.create(Object.getPrototypeOf(m)), m, { target: Parent }));
    const after = storage.getTargetValidationMetadatas(Kid, '', false, false);
    expect(after.map((m) => m.propertyName)).toEqual(['parentRule']);
  });

  it('validation through the cached global storage still rejects as before, and sees a rule registered after a first validation', () => {
    cacheValidationMetadata();
    cacheValidationMetadata(); // installing twice wraps once
    class Body {
      @IsString() title!: string;
    }
    const ok = Object.assign(new Body(), { title: 't', size: 1 });
    // Cached before the rule for size exists: size is then an unknown property.
    expect(validateSync(ok, { whitelist: true, forbidNonWhitelisted: true }).map((e) => e.property)).toEqual(['size']);
    registerDecorator({
      target: Body,
      propertyName: 'size',
      validator: { validate: (v: unknown) => typeof v === 'number' },
    });
    expect(validateSync(ok, { whitelist: true, forbidNonWhitelisted: true })).toHaveLength(0);
    const bad = Object.assign(new Body(), { title: 1, size: 'x', extra: true });
    const errors = validateSync(bad, { whitelist: true, forbidNonWhitelisted: true });
    expect(errors.map((e) => e.property).sort()).toEqual(['extra', 'size', 'title']);
  });
});
