/**
 * Errors shaped like OfficeExtension.Error («RichApi.Error»): `code`, `message`, `debugInfo`.
 * Codes and messages follow Excel's own (Excel.ErrorCodes).
 */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'InvalidArgument'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'ApiNotFound'
  | 'InvalidRequestContext'
  | 'RunMustReturnPromise'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'MergedRangeConflict'
  | 'OperationCellsExceedLimit'
  | 'NotImplemented'
  | 'GeneralException'
  | 'AccessDenied'
  | 'RequestPayloadSizeLimitExceeded'
  | 'InvalidOperationInCellEditMode'
  | 'UnsupportedSheet'
  | 'Conflict'
  | 'RequestAborted';

const STANDARD_MESSAGES: Partial<Record<FakeErrorCode, string>> = {
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  ItemNotFound: 'The requested resource doesn\'t exist.',
  ItemAlreadyExists: 'The resource being created already exists.',
  InvalidOperation: 'The requested operation is invalid.',
  InvalidReference: 'This reference isn\'t valid for the current operation.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  AccessDenied: 'You cannot perform the requested operation.',
  GeneralException: 'There was an internal error while processing the request.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  InvalidOperationInCellEditMode: 'The operation is not available while Excel is in Edit cell mode.',
};

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string; detail?: string };

  constructor(code: FakeErrorCode, detail?: string, errorLocation?: string) {
    const standard = STANDARD_MESSAGES[code];
    const message = standard ? (detail ? `${standard} (${detail})` : standard) : (detail ?? code);
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation, detail };
  }
}

/** The exact wording Office.js uses when a property is read before load + sync. */
export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  const error = new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
  return error;
}
