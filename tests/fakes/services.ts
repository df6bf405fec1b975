// Fakes of the small Apps Script services the add-on uses: LockService,
// PropertiesService, HtmlService, the Ui (menus, sidebar, alerts) and ScriptApp.
// Each service call is counted; AuthMode.NONE forbids what Apps Script forbids in onOpen.
import { CallCounter, counted } from './counter';
import type { AuthMode } from './spreadsheet-app';

export type AuthState = { mode: AuthMode };

const denied = (what: string) => new Error(`You do not have permission to call ${what}.`);

/** One document lock shared by every "co-editor" built on the same DocumentLockState. */
export class DocumentLockState {
  holder: FakeLock | null = null;
}

export class FakeLock {
  constructor(private readonly state: DocumentLockState) {}
  tryLock(_timeoutMs: number): boolean {
    if (this.state.holder && this.state.holder !== this) return false;
    this.state.holder = this;
    return true;
  }
  waitLock(timeoutMs: number): void {
    if (!this.tryLock(timeoutMs)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.state.holder === this;
  }
  releaseLock(): void {
    if (this.state.holder === this) this.state.holder = null;
  }
}

export class FakeLockService {
  constructor(
    private readonly counter: CallCounter,
    private readonly auth: AuthState,
    readonly state = new DocumentLockState(),
  ) {}
  getDocumentLock(): FakeLock {
    if (this.auth.mode === 'NONE') throw denied('LockService.getDocumentLock');
    return counted(new FakeLock(this.state), 'Lock', this.counter);
  }
}

/** Document properties: strings only, 9 kB per value as in Apps Script. */
export class FakeProperties {
  readonly data = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setProperty(key: string, value: string) {
    if (typeof value !== 'string') throw new Error('Invalid argument: value');
    if (value.length > 9 * 1024) throw new Error('Argument too large: value');
    this.data.set(key, value);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
  setProperties(props: Record<string, string>) {
    for (const [k, v] of Object.entries(props)) this.setProperty(k, v);
    return this;
  }
  deleteProperty(key: string) {
    this.data.delete(key);
    return this;
  }
}

export class FakePropertiesService {
  readonly document = new FakeProperties();
  constructor(
    private readonly counter: CallCounter,
    private readonly auth: AuthState,
  ) {}
  getDocumentProperties(): FakeProperties {
    if (this.auth.mode === 'NONE') throw denied('PropertiesService.getDocumentProperties');
    return counted(this.document, 'Properties', this.counter);
  }
}

export class FakeHtmlOutput {
  title = '';
  constructor(readonly content: string) {}
  setTitle(t: string) {
    this.title = t;
    return this;
  }
  getTitle() {
    return this.title;
  }
  getContent() {
    return this.content;
  }
  setWidth(_w: number) {
    return this;
  }
  setHeight(_h: number) {
    return this;
  }
  setSandboxMode(_m: unknown) {
    return this;
  }
  setXFrameOptionsMode(_m: unknown) {
    return this;
  }
}

/** HtmlService over the files of the build (name without .html → content). */
export class FakeHtmlService {
  readonly SandboxMode = { IFRAME: 'IFRAME' };
  constructor(
    private readonly counter: CallCounter,
    private readonly files: Record<string, string>,
  ) {}
  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    this.counter.hit('HtmlService.createHtmlOutputFromFile');
    const content = this.files[name];
    if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(content);
  }
  createHtmlOutput(html = ''): FakeHtmlOutput {
    this.counter.hit('HtmlService.createHtmlOutput');
    return new FakeHtmlOutput(html);
  }
}

export type MenuItem = { caption: string; functionName: string } | { separator: true };

export class FakeMenu {
  readonly items: MenuItem[] = [];
  constructor(
    private readonly ui: FakeUi,
    readonly kind: 'addon' | 'menu',
    readonly caption = '',
  ) {}
  addItem(caption: string, functionName: string) {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator() {
    this.items.push({ separator: true });
    return this;
  }
  addToUi() {
    this.ui.menus.push(this);
  }
}

export class FakeUi {
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  readonly menus: FakeMenu[] = [];
  readonly alerts: string[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: { html: FakeHtmlOutput; title: string }[] = [];

  constructor(private readonly counter: CallCounter) {}
  createAddonMenu() {
    this.counter.hit('Ui.createAddonMenu');
    return new FakeMenu(this, 'addon');
  }
  createMenu(caption: string) {
    this.counter.hit('Ui.createMenu');
    return new FakeMenu(this, 'menu', caption);
  }
  alert(a: string, b?: string, _buttons?: unknown) {
    this.counter.hit('Ui.alert');
    this.alerts.push(b === undefined ? a : `${a}\n${b}`);
    return this.Button.OK;
  }
  showSidebar(html: FakeHtmlOutput) {
    this.counter.hit('Ui.showSidebar');
    this.sidebars.push(html);
  }
  showModalDialog(html: FakeHtmlOutput, title: string) {
    this.counter.hit('Ui.showModalDialog');
    this.dialogs.push({ html, title });
  }
}

export const FakeScriptApp = {
  AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
};
