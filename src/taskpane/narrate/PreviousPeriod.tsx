/**
 * «Kỳ trước (không bắt buộc)»: last period's report (a .docx, or the workbook's old «Thuyết minh» sheet) to carry its
 * text forward, and other periods' workbooks to compare with. Folded away by default: most drafts need none.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronUp16Regular, Dismiss16Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { useT, type MessageKey } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalL,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  toggle: { minWidth: 'auto' },
});

export type PreviousSlot = 'report' | 'workbook' | 'lastYear';

export interface PreviousChoice {
  /** What was chosen: a file name, or the sheet. */
  label: string;
}

function FilePick(props: {
  slot: PreviousSlot;
  label: MessageKey;
  accept: string;
  chosen: PreviousChoice | null;
  disabled?: boolean;
  onPick(slot: PreviousSlot, file: File): void;
  onClear(slot: PreviousSlot): void;
  extra?: JSX.Element;
}) {
  const styles = useStyles();
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.row}>
      <Caption1>{t(props.label)}</Caption1>
      <div className={styles.actions}>
        <Button size="small" disabled={props.disabled} onClick={() => input.current?.click()}>
          {t('narrate.previous.choose')}
        </Button>
        {props.extra}
        <Caption1 className={styles.muted} data-testid={`narrate-previous-${props.slot}-chosen`}>
          {props.chosen?.label ?? t('narrate.previous.none')}
        </Caption1>
        {props.chosen && (
          <Button
            size="small"
            appearance="transparent"
            icon={<Dismiss16Regular />}
            aria-label={t('narrate.previous.clear')}
            onClick={() => props.onClear(props.slot)}
          />
        )}
      </div>
      <input
        ref={input}
        type="file"
        accept={props.accept}
        hidden
        data-testid={`narrate-previous-${props.slot}-input`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) props.onPick(props.slot, file);
          event.target.value = '';
        }}
      />
    </div>
  );
}

export function PreviousPeriod(props: {
  chosen: Record<PreviousSlot, PreviousChoice | null>;
  disabled?: boolean;
  onPick(slot: PreviousSlot, file: File): void;
  onUseSheet(): void;
  onClear(slot: PreviousSlot): void;
}) {
  const styles = useStyles();
  const t = useT();
  const [open, setOpen] = useState(false);
  const common = { disabled: props.disabled, onPick: props.onPick, onClear: props.onClear };
  return (
    <div className={styles.root} data-testid="narrate-previous">
      <div className={styles.header}>
        <Caption1>{t('narrate.previous.title')}</Caption1>
        <Button
          size="small"
          appearance="transparent"
          className={styles.toggle}
          icon={open ? <ChevronUp16Regular /> : <ChevronDown16Regular />}
          aria-expanded={open}
          aria-label={t('narrate.previous.title')}
          onClick={() => setOpen(!open)}
          data-testid="narrate-previous-toggle"
        />
      </div>
      {open && (
        <div className={styles.body}>
          <Caption1 className={styles.muted}>{t('narrate.previous.hint')}</Caption1>
          <FilePick
            {...common}
            slot="report"
            label="narrate.previous.report"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            chosen={props.chosen.report}
            extra={
              <Button
                size="small"
                disabled={props.disabled}
                onClick={props.onUseSheet}
                data-testid="narrate-previous-sheet"
              >
                {t('narrate.previous.useSheet')}
              </Button>
            }
          />
          <FilePick
            {...common}
            slot="workbook"
            label="narrate.previous.workbook"
            accept=".xlsx"
            chosen={props.chosen.workbook}
          />
          <FilePick
            {...common}
            slot="lastYear"
            label="narrate.previous.lastYear"
            accept=".xlsx"
            chosen={props.chosen.lastYear}
          />
        </div>
      )}
    </div>
  );
}
