// The fakes must behave like Apps Script where the add-on relies on it,
// otherwise tests against them prove nothing.
import { CallCounter } from '../fakes/counter';
import { FakeSpreadsheet } from '../fakes/spreadsheet-app';
import { fakeAppsScript } from '../fakes/globals';

const book = () => new FakeSpreadsheet(new CallCounter());

describe('fake Spreadsheet', () => {
  test('setValues with the wrong dimensions throws like Apps Script', () => {
    const sheet = book().tab('Feuille 1');
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  test("getValues: '' for empty cells, numbers as numbers, dates as Date", () => {
    const sheet = book().tab('Feuille 1');
    sheet.getRange(1, 1, 1, 3).setValues([[12.5, new Date(2022, 10, 30), 'texte']]);
    const [[n, d, t, empty]] = sheet.getRange(1, 1, 1, 4).getValues();
    expect(n).toBe(12.5);
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).getDate()).toBe(30);
    expect(t).toBe('texte');
    expect(empty).toBe('');
  });

  test('strings are interpreted as Sheets does; an apostrophe keeps them literal', () => {
    const sheet = book().tab('Feuille 1');
    sheet.getRange(1, 1, 1, 4).setValues([['=SUM(1,2)', '2025', "'=SUM(1,2)", "'2025"]]);
    expect(sheet.getRange(1, 1, 1, 4).getFormulas()).toEqual([['=SUM(1,2)', '', '', '']]);
    expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([['', 2025, '=SUM(1,2)', '2025']]);
  });

  test('a new tab has 1 000 rows: writing below throws until rows are inserted', () => {
    const sheet = book().tab('Feuille 1');
    expect(() => sheet.getRange(1001, 1, 1, 1)).toThrow('outside the dimensions of the sheet');
    sheet.insertRowsAfter(1000, 5);
    expect(() => sheet.getRange(1001, 1, 1, 1).setValues([[1]])).not.toThrow();
  });

  test('getDataRange covers A1 to the last used cell', () => {
    const sheet = book().tab('Feuille 1');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C4').setValues([['x']]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
  });

  test('calls on spreadsheet objects are counted', () => {
    const world = fakeAppsScript();
    const ss = world.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheets()[0]
      .getRange(1, 1, 1, 1)
      .setValues([[1]]);
    expect(world.counter.toJSON()).toEqual({ 'Range.setValues': 1, 'Sheet.getRange': 1, 'Spreadsheet.getSheets': 1, 'SpreadsheetApp.getActiveSpreadsheet': 1 });
  });

  test('in AuthMode.NONE only the Ui is reachable', () => {
    const world = fakeAppsScript();
    world.setAuthMode('NONE');
    expect(() => world.globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow('permission');
    expect(() => world.globals.PropertiesService.getDocumentProperties()).toThrow('permission');
    expect(() => world.globals.LockService.getDocumentLock()).toThrow('permission');
    expect(world.globals.SpreadsheetApp.getUi()).toBe(world.ui);
  });
});
