/**
 * «Kỳ trước (không bắt buộc)»: last period's report (a .docx, or the workbook's old «Thuyết minh» sheet) to carry its
 * text forward, and other periods' workbooks to compare with. Folded away by default: most drafts need none.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { useT, type MessageKey } from '../i18n';
import { Foldable } from '../view-kit/Foldable';

const useStyles = makeStyles({
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export type PreviousSlot = 'report' | 'workbook' | 'lastYear';

export interface PreviousChoice {
  /** What was chosen: a file name, or the sheet. */
  label: string;
}

const DOCX_ACCEPT = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The three files, in the order shown: what each is called and which files it takes. */
const SLOTS: readonly { slot: PreviousSlot; label: MessageKey; accept: string }[] = [
  { slot: 'report', label: 'narrate.previous.report', accept: DOCX_ACCEPT },
  { slot: 'workbook', label: 'narrate.previous.workbook', accept: '.xlsx' },
  { slot: 'lastYear', label: 'narrate.previous.lastYear', accept: '.xlsx' },
];

interface PreviousPeriodProps {
  chosen: Record<PreviousSlot, PreviousChoice | null>;
  disabled?: boolean;
  onPick(slot: PreviousSlot, file: File): void;
  onUseSheet(): void;
  onClear(slot: PreviousSlot): void;
}

function FilePick(props: PreviousPeriodProps & { slot: PreviousSlot; label: MessageKey; accept: string }) {
  const styles = useStyles();
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const chosen = props.chosen[props.slot];
  return (
    <div className={styles.row}>
      <Caption1>{t(props.label)}</Caption1>
      <div className={styles.actions}>
        <Button size="small" disabled={props.disabled} onClick={() => input.current?.click()}>
          {t('narrate.previous.choose')}
        </Button>
        {/* Last period's report may also be the workbook's own old «Thuyết minh» sheet. */}
        {props.slot === 'report' && (
          <Button size="small" disabled={props.disabled} onClick={props.onUseSheet} data-testid="narrate-previous-sheet">
            {t('narrate.previous.useSheet')}
          </Button>
        )}
        <Caption1 className={styles.muted} data-testid={`narrate-previous-${props.slot}-chosen`}>
          {chosen?.label ?? t('narrate.previous.none')}
        </Caption1>
        {chosen && (
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

export function PreviousPeriod(props: PreviousPeriodProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <Foldable title={t('narrate.previous.title')} testId="narrate-previous" roomy>
      <Caption1 className={styles.muted}>{t('narrate.previous.hint')}</Caption1>
      {SLOTS.map((slot) => (
        <FilePick key={slot.slot} {...props} {...slot} />
      ))}
    </Foldable>
  );
}
