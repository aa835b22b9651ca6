/** «Kiểm tra số liệu»: reconciliation findings. Empty state until the checker is wired. */
import { TableSimpleCheckmark20Regular } from '@fluentui/react-icons';
import { EmptyState } from './EmptyState';

export function CheckView() {
  return (
    <EmptyState
      testId="view-check"
      icon={<TableSimpleCheckmark20Regular />}
      title="empty.check.title"
      body="empty.check.body"
      points={['empty.check.point1', 'empty.check.point2']}
    />
  );
}
