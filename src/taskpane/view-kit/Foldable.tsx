/** A part of a view folded away by default (most uses need none of it): its title, a chevron, and the body. */
import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronUp16Regular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalL,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  roomy: { gap: tokens.spacingVerticalS },
  toggle: { minWidth: 'auto' },
});

export interface FoldableProps {
  title: string;
  /** The whole part's test id; the chevron's is `<testId>-toggle`. */
  testId: string;
  /** More space between the body's rows (rows that are themselves groups). */
  roomy?: boolean;
  children?: ReactNode;
}

export function Foldable(props: FoldableProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <div className={styles.root} data-testid={props.testId}>
      <div className={styles.header}>
        <Caption1>{props.title}</Caption1>
        <Button
          size="small"
          appearance="transparent"
          className={styles.toggle}
          icon={open ? <ChevronUp16Regular /> : <ChevronDown16Regular />}
          aria-expanded={open}
          aria-label={props.title}
          onClick={() => setOpen(!open)}
          data-testid={`${props.testId}-toggle`}
        />
      </div>
      {open && <div className={mergeClasses(styles.body, props.roomy && styles.roomy)}>{props.children}</div>}
    </div>
  );
}
