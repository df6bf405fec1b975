// Settings live in one document property; reading never fails, writing keeps what it does not know.
import { readSettings, writeSettings, SETTINGS_KEY } from '../../src/app/settings';
import { FakeProperties } from '../fakes/services';

test('a patch keeps the other settings, known or not', () => {
  const props = new FakeProperties();
  props.setProperty(SETTINGS_KEY, JSON.stringify({ initializedAt: '2026-01-01T00:00:00.000Z', futureKey: 'kept' }));
  writeSettings(props, { summaryDocumentId: 'doc-1' });
  expect(JSON.parse(props.getProperty(SETTINGS_KEY)!)).toEqual({ initializedAt: '2026-01-01T00:00:00.000Z', futureKey: 'kept', summaryDocumentId: 'doc-1' });
});

test('an unreadable value reads as no settings instead of failing every call', () => {
  const props = new FakeProperties();
  props.setProperty(SETTINGS_KEY, '{pas du json');
  expect(readSettings(props)).toEqual({});
  props.setProperty(SETTINGS_KEY, JSON.stringify({ summaryUrl: 42 }));
  expect(readSettings(props)).toEqual({});
});
