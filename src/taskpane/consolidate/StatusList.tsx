/** One row per file: name, a coloured status word, the unit found and the Vietnamese reasons. */
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useState } from 'react';
import type { UnitStatus } from '../../domain/consolidate';
import { useT } from '../i18n';
import { fillTemplate } from '../insert/text';
import { statusIntent, statusKey } from './model';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  badge: { flexShrink: 0 },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** Rows shown before «Hiện tất cả»: a list of 200 units renders in one short task, not one long one. */
const FIRST_ROWS = 50;

/** One file's row; memoised so a progress update re-renders only the new rows. */
const StatusRow = memo(function StatusRow({ s }: { s: UnitStatus }) {
  const styles = useStyles();
  const t = useT();
  return (
    <li className={styles.row} data-testid="consolidate-status-row" data-status={s.status}>
      <div className={styles.head}>
        <Text weight="semibold" size={200} className={styles.name} title={s.fileName}>
          {s.fileName}
        </Text>
        <Badge
          className={styles.badge}
          appearance="tint"
          color={statusIntent(s.status)}
          size="small"
          data-testid="consolidate-status-word"
        >
          {t(statusKey(s.status))}
        </Badge>
      </div>
      {s.status !== 'unreadable' && s.unitName && (
        <Caption1>
          {s.unitName}
          {s.periodLabel ? ` · ${s.periodLabel}` : ''}
        </Caption1>
      )}
      {s.reasons.length > 0 && (
        <Caption1 className={styles.detail} data-testid="consolidate-status-reason">
          {s.reasons.join(' ')}
        </Caption1>
      )}
    </li>
  );
});

export function StatusList(props: { statuses: readonly UnitStatus[] }) {
  const styles = useStyles();
  const t = useT();
  const [all, setAll] = useState(false);
  const shown = all ? props.statuses : props.statuses.slice(0, FIRST_ROWS);
  return (
    <>
      <ul className={styles.list} data-testid="consolidate-statuses">
        {shown.map((s, i) => (
          <StatusRow key={`${i}-${s.fileName}`} s={s} />
        ))}
      </ul>
      {shown.length < props.statuses.length && (
        <Button size="small" appearance="subtle" onClick={() => setAll(true)} data-testid="consolidate-show-all">
          {fillTemplate(t('consolidate.showAll'), { count: String(props.statuses.length) })}
        </Button>
      )}
    </>
  );
}
