/** II.3 Rà soát, đơn giản hóa TTHC — from Biểu KSTT-RS: the plan, what was reviewed and the options proposed. */
import { row, type SectionSpec } from '../section';

const TTHC = 'TTHC';

const OPTIONS = [
  { label: 'giữ nguyên', figure: row('keep') },
  { label: 'bãi bỏ', figure: row('abolish') },
  { label: 'sửa đổi, bổ sung', figure: row('amend') },
  { label: 'thay thế', figure: row('replace') },
  { label: 'thực hiện liên thông', figure: row('interlink') },
  { label: 'có giải pháp thực hiện trên môi trường điện tử', figure: row('eSolution') },
];

export const reviewSection: SectionSpec = {
  id: 'II.3',
  form: { codes: ['KSTT-RS'] },
  sentences: [
    {
      kind: 'figure',
      label: 'Số lượng TTHC cần rà soát theo kế hoạch',
      figure: row('planned'),
      noun: TTHC,
      blank: 'omit',
    },
    {
      kind: 'figure',
      label: 'Số lượng TTHC đã rà soát',
      figure: row('reviewed'),
      noun: TTHC,
      blank: 'omit',
      rate: {
        over: row('planned'),
        stated: row('completionRate'),
        name: 'tỷ lệ hoàn thành kế hoạch rà soát',
        suffix: ' kế hoạch',
        positive: 'over',
      },
    },
    {
      kind: 'list',
      intro: 'Phương án xử lý sau rà soát: ',
      items: OPTIONS,
      noun: TTHC,
      zeros: 'never',
      when: (read) => (read.fig(row('reviewed'))?.value ?? 0) > 0,
      checks: [
        {
          sum: row('reviewed'),
          name: 'số TTHC đã rà soát',
          parts: OPTIONS.map((o) => o.figure),
          partsName: 'số TTHC theo các phương án',
        },
        ...OPTIONS.map((o) => ({
          part: o.figure,
          name: `số TTHC có phương án «${o.label}»`,
          atMost: row('reviewed'),
          wholeName: 'số TTHC đã rà soát',
        })),
      ],
    },
  ],
};
