/**
 * Picks many workbooks (.xlsx, .xlsm, .xls, .ods, .xlsb, .csv): a button over a hidden `<input type=file multiple>` and a drop zone around it. Files
 * of any other name are still passed on: the reader explains why each one cannot be used.
 */
import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent } from 'react';
import { useT } from '../i18n';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: 'center',
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  hidden: { display: 'none' },
});

export function FileDrop(props: { disabled: boolean; again: boolean; onFiles(files: File[]): void }) {
  const styles = useStyles();
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (files.length > 0 && !props.disabled) props.onFiles(files);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && !props.disabled && styles.over)}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="consolidate-drop"
    >
      <Button
        appearance="primary"
        icon={<FolderOpen20Regular />}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
        data-testid="consolidate-pick"
      >
        {t(props.again ? 'consolidate.pickAgain' : 'consolidate.pick')}
      </Button>
      <Caption1 className={styles.hint}>{t('consolidate.drop')}</Caption1>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,.xlsm,.xls,.ods,.xlsb,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          take(event.target.files);
          // Picking the same files again must fire onChange again.
          event.target.value = '';
        }}
        data-testid="consolidate-file-input"
      />
    </div>
  );
}
