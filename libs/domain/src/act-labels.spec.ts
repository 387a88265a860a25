import { COMMON_FIELD_LABELS, wordsOf } from './core/labels';
import { kentDemoScript, syntheticDemoScript } from './demo';
import { processLabelsOf } from './labels';
import { ACT_CATALOGUE, actOf } from './registry';

/*
 * Each act is labelled once, in its process's catalogue (the decider's commands map; the
 * compiler asks for a label on every act). The field names an act carries are
 * taken from the demo scripts' commands (Kent seed and synthetic), which exercise every
 * process: the compiler checks the commands' shapes, these scripts give their real keys.
 */
describe('Act labels (plain language, declared once per process)', () => {
  it('every act in the catalogue has a written sentence, not the words of its code', () => {
    const unlabelled = Object.values(ACT_CATALOGUE).filter(
      (a) => a.label.toLowerCase() === wordsOf(a.type).toLowerCase(),
    );
    expect(unlabelled.map((a) => a.type)).toEqual([]);
    for (const a of Object.values(ACT_CATALOGUE)) expect(a.label).toMatch(/^The |^A |^An |^Another |^Partnerships /);
    expect(actOf('VetoProposedPrecept')?.label).toBe('The panel vetoes the proposed precept');
  });

  it("every field an act's command carries in the demo scripts has a written label in its process or the shared labels", () => {
    const unlabelled = new Set<string>();
    for (const step of [...kentDemoScript(), ...syntheticDemoScript()]) {
      const act = actOf(step.command.type);
      expect(act).toBeDefined();
      const fields = (act?.aggregateType && processLabelsOf(act.aggregateType)?.fields) || {};
      for (const k of Object.keys(step.command.data))
        if (!fields[k] && !COMMON_FIELD_LABELS[k]) unlabelled.add(`${step.command.type}.${k}`);
    }
    expect([...unlabelled].sort()).toEqual([]);
  });
});
