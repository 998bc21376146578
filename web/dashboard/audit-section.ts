import { h } from '../dom.ts';
import { panel, table } from './blocks.ts';
import { filtersForm } from './filters.ts';
import { auditWhat } from './labels.ts';
import { drawResults, loadInto, type Screen } from './screens.ts';
import type { Dashboard } from './state.ts';

/** The audit trail (role `transcripts`): who read which transcripts when, newest first. */
export const auditScreen: Screen = {
  intro: (d) => d.state.t.auditIntro,
  form: filtersForm,
  load: (d) =>
    loadInto(
      d,
      () => d.api.audit(d.state.site.id, d.state.range),
      (audit) => {
        d.state.data.audit = audit;
      },
      () => drawAudit(d),
    ),
  draw: (d) => drawAudit(d),
};

function drawAudit(d: Dashboard): void {
  drawResults(
    d,
    'audit',
    () => {
      const { t, fmt, data, statusLine } = d.state;
      const audit = data.audit;
      if (!audit) return undefined;
      if (statusLine) statusLine.textContent = t.showing(fmt.range(audit.from, audit.to));
      return [
        panel(
          'audit',
          t.screens.audit,
          audit.items.length === 0
            ? h('p', { class: 'empty' }, t.noAudit)
            : table(
                t.auditCaption,
                [t.time, t.who, t.what],
                audit.items.map((entry) => [fmt.moment(entry.at), entry.who, auditWhat(entry, t, fmt)]),
                'audit',
              ),
        ),
      ];
    },
    'transcripts',
  );
}
