/** «Soạn thuyết minh»: drafts the narrative sections from the figures. Empty state until narrative is wired. */
import { TextBulletListSquareEdit20Regular } from '@fluentui/react-icons';
import { EmptyState } from './EmptyState';

export function NarrateView() {
  return (
    <EmptyState
      testId="view-narrate"
      icon={<TextBulletListSquareEdit20Regular />}
      title="empty.narrate.title"
      body="empty.narrate.body"
      points={['empty.narrate.point1', 'empty.narrate.point2']}
    />
  );
}
