import { reasonGroups, type SafetyCheck, type SafetyItemId } from '@veerkracht/core';
import type { SafetyTexts } from '../texts';

/**
 * The answers that led to a result, grouped by what each calls for. Reasons
 * that an earlier "I have seen a doctor" covers are still listed, marked
 * "known to your doctor" (docs/clinical-rules.md, "Clearance covers what it cleared").
 */
export function ReasonList(props: { texts: SafetyTexts; check: SafetyCheck; knownToDoctor: readonly SafetyItemId[] }) {
  const { result, items } = props.texts;
  const groups = reasonGroups(props.check.result.reasons, props.check.ageYears);
  return (
    <section class="card" aria-labelledby="reasons">
      <h2 id="reasons">{result.reasonsTitle}</h2>
      {groups.length === 0 ? (
        <p>{result.noReasons}</p>
      ) : (
        <>
          <p>{result.reasonsIntro}</p>
          {groups.map((group) => (
            <div key={group.tier} data-reason-tier={group.tier}>
              <h3>{result.reasonGroups[group.tier as 'emergency' | 'gp_soon' | 'review']}</h3>
              <ul class="bullets">
                {group.reasons.map((id) => (
                  <li key={id} data-reason={id} data-known={props.knownToDoctor.includes(id) ? 'true' : undefined}>
                    {items[id].short}
                    {props.knownToDoctor.includes(id) && <span class="known-to-doctor"> ({result.knownToDoctor})</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
