/** Which outline sections to draft: «Tất cả các mục» plus a list that folds away (19 lines do not fit a pane). */
import { Button, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronUp16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { OUTLINE, sectionHeading, type SectionId } from '../../domain/narrative';
import { useT } from '../i18n';
import { fillTemplate } from '../insert/text';
import { CHOOSABLE_SECTIONS, SECTION_GROUPS } from './model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    paddingLeft: tokens.spacingHorizontalL,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  group: {
    display: 'block',
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    marginTop: tokens.spacingVerticalXS,
  },
  // Fluent's Checkbox is inline: one per line here, and a caption never runs into the next box.
  item: {
    display: 'flex',
    '& label': { paddingTop: '2px', paddingBottom: '2px', fontSize: tokens.fontSizeBase200 },
  },
  toggle: { minWidth: 'auto', flexShrink: 0 },
});

const HEADINGS = new Map(OUTLINE.map((e) => [e.id, e]));

function label(id: SectionId): string {
  const entry = HEADINGS.get(id);
  return entry ? sectionHeading({ ...entry, paragraphs: [], placeholder: false, sources: [] }) : id;
}

export function SectionChooser(props: {
  chosen: ReadonlySet<SectionId>;
  onChange(next: Set<SectionId>): void;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const t = useT();
  const [open, setOpen] = useState(false);
  const count = CHOOSABLE_SECTIONS.filter((id) => props.chosen.has(id)).length;
  const total = CHOOSABLE_SECTIONS.length;
  const all = count === total ? true : count === 0 ? false : 'mixed';
  const toggle = (id: SectionId, on: boolean) => {
    const next = new Set(props.chosen);
    if (on) next.add(id);
    else next.delete(id);
    props.onChange(next);
  };
  return (
    <fieldset
      className={styles.root}
      style={{ border: 'none', margin: 0, padding: 0 }}
      data-testid="narrate-sections"
    >
      <legend style={{ padding: 0 }}>
        <Caption1>{t('narrate.sections')}</Caption1>
      </legend>
      <div className={styles.header}>
        <Checkbox
          checked={all}
          disabled={props.disabled}
          label={t('narrate.sections.all')}
          onChange={(_e, data) => props.onChange(new Set(data.checked === true ? CHOOSABLE_SECTIONS : []))}
          data-testid="narrate-sections-all"
        />
        <Button
          className={styles.toggle}
          size="small"
          appearance="transparent"
          icon={open ? <ChevronUp16Regular /> : <ChevronDown16Regular />}
          iconPosition="after"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          data-testid="narrate-sections-toggle"
        >
          {fillTemplate(t('narrate.sections.count'), { count, total })}
        </Button>
      </div>
      {open && (
        <div className={styles.list}>
          {SECTION_GROUPS.map((group) => (
            <div key={group.id}>
              {group.members.length > 1 || group.members[0] !== group.id ? (
                <Caption1 className={styles.group} as="p">
                  {label(group.id)}
                </Caption1>
              ) : null}
              {group.members.map((id) => (
                <Checkbox
                  key={id}
                  className={styles.item}
                  checked={props.chosen.has(id)}
                  disabled={props.disabled}
                  label={label(id)}
                  onChange={(_e, data) => toggle(id, data.checked === true)}
                  data-testid="narrate-section-choice"
                  data-section={id}
                />
              ))}
            </div>
          ))}
        </div>
      )}
    </fieldset>
  );
}
