/** «Tổng hợp»: merges the units' workbooks into the aggregate form. Empty state until consolidation is wired. */
import { DocumentMultiple20Regular } from '@fluentui/react-icons';
import { EmptyState } from './EmptyState';

export function ConsolidateView() {
  return (
    <EmptyState
      testId="view-consolidate"
      icon={<DocumentMultiple20Regular />}
      title="empty.consolidate.title"
      body="empty.consolidate.body"
      points={['empty.consolidate.point1', 'empty.consolidate.point2']}
    />
  );
}
