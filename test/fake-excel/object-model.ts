/**
 * Loads every proxy class of the object model. They refer to each other as Excel's classes do (Range.worksheet,
 * Worksheet.getRange, ConditionalFormat.getRange…), so their modules do not import each other: each registers its
 * classes by Office.js type name (client-object.ts, registerProxies) and makes the others by that name.
 */
import './charts';
import './names';
import './range';
import './rules';
import './workbook';
import './worksheet';
