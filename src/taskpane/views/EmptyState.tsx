/**
 * What a view shows until its feature lands: what it will do, in the user's language. Deliberately no buttons —
 * a button that does nothing would be a lie.
 */
import { Badge, Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useT, type MessageKey } from '../i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  icon: { color: tokens.colorBrandForeground1, fontSize: '24px', display: 'flex' },
  badge: { alignSelf: 'flex-start' },
  body: { color: tokens.colorNeutralForeground2 },
  points: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
});

export interface EmptyStateProps {
  icon: ReactElement;
  title: MessageKey;
  body: MessageKey;
  points: readonly MessageKey[];
  testId: string;
}

export function EmptyState(props: EmptyStateProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <section className={styles.root} data-testid={props.testId} aria-labelledby={`${props.testId}-title`}>
      <div className={styles.heading}>
        <span className={styles.icon} aria-hidden>
          {props.icon}
        </span>
        <Subtitle2 as="h2" id={`${props.testId}-title`}>
          {t(props.title)}
        </Subtitle2>
      </div>
      <Badge className={styles.badge} appearance="tint" color="informative" size="small">
        {t('empty.status')}
      </Badge>
      <Body1 className={styles.body}>{t(props.body)}</Body1>
      <ul className={styles.points}>
        {props.points.map((key) => (
          <li key={key}>
            <Body1>{t(key)}</Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}
