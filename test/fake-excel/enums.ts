/** The Excel.* enums the add-in uses, as string values exactly as in @types/office-js. */
/** An enum from its values (space-separated); each key is its value with a lower-case first letter, as in office-js. */
function stringEnum(values: string): Record<string, string> {
  return Object.fromEntries(values.split(' ').map((v) => [v.charAt(0).toLowerCase() + v.slice(1), v]));
}

export const ExcelEnums = {
  ConditionalFormatType: stringEnum(
    'Custom DataBar ColorScale IconSet TopBottom PresetCriteria ContainsText CellValue',
  ),
  ConditionalCellValueOperator: stringEnum(
    'Invalid Between NotBetween EqualTo NotEqualTo GreaterThan LessThan GreaterThanOrEqual LessThanOrEqual',
  ),
  DataValidationOperator: stringEnum(
    'Between NotBetween EqualTo NotEqualTo GreaterThan LessThan GreaterThanOrEqualTo LessThanOrEqualTo',
  ),
  DataValidationAlertStyle: stringEnum('Stop Warning Information'),
  DataValidationType: stringEnum(
    'None WholeNumber Decimal List Date Time TextLength Custom Inconsistent MixedCriteria',
  ),
  BorderIndex: stringEnum(
    'EdgeTop EdgeBottom EdgeLeft EdgeRight InsideVertical InsideHorizontal DiagonalDown DiagonalUp',
  ),
  BorderLineStyle: stringEnum('None Continuous Dash DashDot DashDotDot Dot Double SlantDashDot'),
  BorderWeight: stringEnum('Hairline Thin Medium Thick'),
  HorizontalAlignment: stringEnum('General Left Center Right Fill Justify CenterAcrossSelection Distributed'),
  VerticalAlignment: stringEnum('Top Center Bottom Justify Distributed'),
  PageOrientation: stringEnum('Portrait Landscape'),
  SheetVisibility: stringEnum('Visible Hidden VeryHidden'),
  RangeUnderlineStyle: stringEnum('None Single Double SingleAccountant DoubleAccountant'),
  ClearApplyTo: stringEnum('All Formats Contents Hyperlinks RemoveHyperlinks ResetContents'),
  NamedItemType: stringEnum('String Integer Double Boolean Range Error Array'),
  NamedItemScope: stringEnum('Worksheet Workbook'),
  RangeValueType: stringEnum('Unknown Empty String Integer Double Boolean Error RichValue'),
  CalculationType: stringEnum('Recalculate Full FullRebuild'),
  ErrorCodes: stringEnum(
    'ApiNotFound GeneralException InvalidArgument InvalidOperation InvalidReference ItemAlreadyExists ' +
      'ItemNotFound MergedRangeConflict NotImplemented ResponsePayloadSizeLimitExceeded',
  ),
  PaperType: stringEnum(
    'Letter LetterSmall Tabloid Ledger Legal Statement Executive A3 A4 A4Small A5 B4 B5 Folio Quatro Paper10x14 ' +
      'Paper11x17 Note Envelope9 Envelope10 Envelope11 Envelope12 Envelope14 Csheet Dsheet Esheet EnvelopeDL EnvelopeC5 ' +
      'EnvelopeC3 EnvelopeC4 EnvelopeC6 EnvelopeC65 EnvelopeB4 EnvelopeB5 EnvelopeB6 EnvelopeItaly EnvelopeMonarch ' +
      'EnvelopePersonal FanfoldUS FanfoldStdGerman FanfoldLegalGerman',
  ),
  /** Excel.ChartType (values as in @types/office-js; keys are the values themselves). */
  ChartType: Object.fromEntries(
    'Invalid ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 BarClustered BarStacked BarStacked100 3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded 3DPieExploded BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 3DAreaStacked 3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble Bubble3DEffect StockHLC StockOHLC StockVHLC StockVOHLC CylinderColClustered CylinderColStacked CylinderColStacked100 CylinderBarClustered CylinderBarStacked CylinderBarStacked100 CylinderCol ConeColClustered ConeColStacked ConeColStacked100 ConeBarClustered ConeBarStacked ConeBarStacked100 ConeCol PyramidColClustered PyramidColStacked PyramidColStacked100 PyramidBarClustered PyramidBarStacked PyramidBarStacked100 PyramidCol 3DColumn Line 3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar Histogram Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel'
      .split(' ')
      .map((v) => [v, v]),
  ) as Record<string, string>,
  ChartSeriesBy: stringEnum('Auto Columns Rows'),
  ChartSeriesDimension: stringEnum('Categories Values XValues YValues BubbleSizes'),
  ChartLegendPosition: stringEnum('Invalid Top Bottom Left Right Corner Custom'),
} as const;

export function enumValues(name: keyof typeof ExcelEnums): string[] {
  return Object.values(ExcelEnums[name]);
}
